using ScottPlot;

namespace ExoReport.Writers.Charts;

/// <summary>
/// Where everything of an evidence map goes for one figure size: the wrapped labels and their fonts,
/// the margins around the cell grid and the size of one cell. Computed before plotting, from the
/// measured labels, so no label is cut and no two overlap.
/// </summary>
internal sealed record EvidenceMapLayout(
    TitleLayout Title,
    FittedLabels RowLabels,
    IReadOnlyList<GroupRun> Groups,
    FittedLabels GroupLabels,
    FittedLabels ColumnLabels,
    string Note,
    float NoteHeight,
    PixelPadding Margins,
    float CellWidth,
    float CellHeight)
{
    public const float NoteFontSize = 11;

    private const string NoteText =
        "Circle area and number: studies for that cell source and mechanism. Empty cell: no study found (evidence gap).";

    public static EvidenceMapLayout Compute(EvidenceMapData data, float width, float height)
    {
        TitleLayout title = TitleLayout.For(data.Title, width);
        IReadOnlyList<GroupRun> groups = GroupRun.Find(data.Rows);
        int rows = Math.Max(1, data.Rows.Count);
        int columns = Math.Max(1, data.Columns.Count);

        var noteMeasurer = new TextMeasurer(NoteFontSize);
        string note = LabelWrapper.Wrap(NoteText, width - 2 * ChartStyle.OuterPadding, noteMeasurer);
        float noteHeight = noteMeasurer.BlockHeight(note);
        float bottom = ChartStyle.OuterPadding + noteHeight + ChartStyle.Gap;

        // Columns first get a provisional share of the height, to learn how tall their labels are.
        float maxColumnDepth = height * 0.28f;
        float provisionalRowPitch = (height - bottom - title.Height - maxColumnDepth - 2 * ChartStyle.OuterPadding) / rows;

        FittedLabels rowLabels = AxisLabelFitter.ForVerticalAxis(
            data.Rows.Select(r => r.Label).ToArray(), provisionalRowPitch, width * 0.26f);
        int smallestRun = groups.Count == 0 ? 1 : groups.Min(g => g.Count);
        FittedLabels groupLabels = AxisLabelFitter.ForVerticalAxis(
            groups.Select(g => g.Group).ToArray(), smallestRun * provisionalRowPitch, width * 0.14f, bold: true);

        float left = ChartStyle.OuterPadding + rowLabels.Depth + ChartStyle.TickSpace;
        float right = ChartStyle.OuterPadding + groupLabels.Depth + ChartStyle.TickSpace;
        float cellWidth = (width - left - right) / columns;

        FittedLabels columnLabels = AxisLabelFitter.ForHorizontalAxis(data.Columns, cellWidth, maxColumnDepth);
        float top = ChartStyle.OuterPadding + title.Height + ChartStyle.Gap + columnLabels.Depth + ChartStyle.TickSpace;
        float cellHeight = (height - top - bottom) / rows;

        // Margins are the panels' sizes plus the outer padding (and, on top, the title).
        var margins = new PixelPadding(left, right, bottom, top);
        return new EvidenceMapLayout(title, rowLabels, groups, groupLabels, columnLabels, note, noteHeight, margins, cellWidth, cellHeight);
    }
}

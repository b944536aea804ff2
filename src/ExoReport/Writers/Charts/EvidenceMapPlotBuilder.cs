using ScottPlot;
using ScottPlot.TickGenerators;

namespace ExoReport.Writers.Charts;

/// <summary>
/// Draws the evidence and gap map: one row per cell source (grouped into shaded bands by category, the
/// category named on the right), one column per mechanism, and in each cell a circle whose area grows
/// with the number of studies, the number printed inside. A gap is an empty cell: nothing is drawn in it.
/// </summary>
internal static class EvidenceMapPlotBuilder
{
    public const float CountFontSize = 11;

    /// <summary>Largest circle, as a share of the shorter side of a cell.</summary>
    private const float MaxCircleShare = 0.84f;

    public static Plot Build(EvidenceMapData data, int width, int height)
    {
        data.Validate();
        if (data.Rows.Count == 0 || data.Columns.Count == 0)
            return EmptyChartPlot.Build(data.Title, width);
        EvidenceMapLayout layout = EvidenceMapLayout.Compute(data, width, height);
        int rows = data.Rows.Count;
        int columns = data.Columns.Count;

        Plot plot = PlotSetup.Create();
        plot.Title(layout.Title.Text);
        plot.Layout.Fixed(layout.Margins);
        plot.HideGrid();
        plot.Axes.SetLimits(-0.5, columns - 0.5, -0.5, rows - 0.5);
        plot.Axes.SetLimitsX(-0.5, columns - 0.5, plot.Axes.Top);
        plot.Axes.SetLimitsY(-0.5, rows - 0.5, plot.Axes.Right);

        AddGroupBands(plot, layout.Groups, rows, columns);
        AddCellLines(plot, layout.Groups, rows, columns);
        AddCircles(plot, data, layout);
        SetRowLabels(plot, layout, rows);
        SetGroupLabels(plot, layout, rows);
        SetColumnLabels(plot, layout, columns);
        SetNote(plot, layout);

        PlotSetup.PinSize(plot.Axes.Left, layout.Margins.Left - ChartStyle.OuterPadding);
        PlotSetup.PinSize(plot.Axes.Right, layout.Margins.Right - ChartStyle.OuterPadding);
        PlotSetup.PinSize(plot.Axes.Bottom, layout.Margins.Bottom - ChartStyle.OuterPadding);
        PlotSetup.PinSize(plot.Axes.Top, layout.ColumnLabels.Depth + ChartStyle.TickSpace);
        return plot;
    }

    /// <summary>Row i (counted from the top) sits at y = rows - 1 - i, so the first row is drawn on top.</summary>
    private static double RowY(int row, int rows) => rows - 1 - row;

    private static void AddGroupBands(Plot plot, IReadOnlyList<GroupRun> groups, int rows, int columns)
    {
        for (int g = 0; g < groups.Count; g += 2)
        {
            GroupRun run = groups[g];
            var band = plot.Add.Rectangle(-0.5, columns - 0.5, RowY(run.Last, rows) - 0.5, RowY(run.First, rows) + 0.5);
            band.FillColor = ChartPalette.Band;
            band.LineWidth = 0;
        }
    }

    private static void AddCellLines(Plot plot, IReadOnlyList<GroupRun> groups, int rows, int columns)
    {
        var groupStarts = groups.Skip(1).Select(g => g.First).ToHashSet();
        for (int c = 1; c < columns; c++)
            AddLine(plot, c - 0.5, -0.5, c - 0.5, rows - 0.5, ChartPalette.CellLine, 1);
        for (int r = 1; r < rows; r++)
        {
            double y = RowY(r, rows) + 0.5;
            bool separatesGroups = groupStarts.Contains(r);
            AddLine(plot, -0.5, y, columns - 0.5, y,
                separatesGroups ? ChartPalette.GroupSeparator : ChartPalette.CellLine, separatesGroups ? 1.5f : 1);
        }
    }

    private static void AddLine(Plot plot, double x1, double y1, double x2, double y2, Color color, float lineWidth)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.LineColor = color;
        line.LineWidth = lineWidth;
        line.MarkerSize = 0;
    }

    private static void AddCircles(Plot plot, EvidenceMapData data, EvidenceMapLayout layout)
    {
        int max = data.Counts.SelectMany(row => row).DefaultIfEmpty(0).Max();
        if (max == 0)
            return;

        var countMeasurer = new TextMeasurer(CountFontSize, bold: true);
        float largest = Math.Min(layout.CellWidth, layout.CellHeight) * MaxCircleShare;
        float smallest = Math.Min(largest, countMeasurer.Width(max.ToString(System.Globalization.CultureInfo.InvariantCulture)) + 10);
        smallest = Math.Max(smallest, Math.Min(largest, 18));

        for (int r = 0; r < data.Rows.Count; r++)
        {
            for (int c = 0; c < data.Columns.Count; c++)
            {
                int count = data.Counts[r][c];
                if (count == 0)
                    continue;
                double y = RowY(r, data.Rows.Count);
                // Area, not diameter, is proportional to the count: the eye compares areas.
                float diameter = Math.Max(smallest, largest * (float)Math.Sqrt(count / (double)max));
                var circle = plot.Add.Marker(c, y, MarkerShape.FilledCircle, diameter, ChartPalette.Primary);
                circle.MarkerLineWidth = 0;
                string number = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var label = PlotSetup.AddCentredText(plot, number, c, y, CountFontSize, bold: true, ChartPalette.White);
                label.LabelOffsetY = countMeasurer.DigitCentringOffset(number);
            }
        }
    }

    private static void SetRowLabels(Plot plot, EvidenceMapLayout layout, int rows)
    {
        double[] positions = Enumerable.Range(0, rows).Select(r => RowY(r, rows)).ToArray();
        plot.Axes.Left.TickGenerator = new NumericManual(positions, layout.RowLabels.Labels.ToArray());
        plot.Axes.Left.TickLabelStyle.FontSize = layout.RowLabels.FontSize;
    }

    private static void SetGroupLabels(Plot plot, EvidenceMapLayout layout, int rows)
    {
        double[] positions = layout.Groups.Select(g => (RowY(g.First, rows) + RowY(g.Last, rows)) / 2).ToArray();
        IAxis right = plot.Axes.Right;
        right.TickGenerator = new NumericManual(positions, layout.GroupLabels.Labels.ToArray());
        right.TickLabelStyle.FontSize = layout.GroupLabels.FontSize;
        right.TickLabelStyle.Bold = true;
        right.MajorTickStyle.Length = 0;
    }

    private static void SetColumnLabels(Plot plot, EvidenceMapLayout layout, int columns)
    {
        IAxis top = plot.Axes.Top;
        top.TickGenerator = new NumericManual(
            Enumerable.Range(0, columns).Select(c => (double)c).ToArray(), layout.ColumnLabels.Labels.ToArray());
        top.TickLabelStyle.FontSize = layout.ColumnLabels.FontSize;
        if (layout.ColumnLabels.Rotated)
        {
            // A quarter turn anticlockwise: each label starts at its tick and reads upwards.
            top.TickLabelStyle.Rotation = -90;
            top.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        }
    }

    private static void SetNote(Plot plot, EvidenceMapLayout layout)
    {
        IAxis bottom = plot.Axes.Bottom;
        bottom.TickGenerator = new NumericManual();
        bottom.MajorTickStyle.Length = 0;
        bottom.Label.Text = layout.Note;
        bottom.Label.FontSize = EvidenceMapLayout.NoteFontSize;
        bottom.Label.Bold = false;
    }
}

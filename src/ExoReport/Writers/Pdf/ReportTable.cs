using ExoReport.Layout;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// The one table look of the report: a tinted header row that repeats on every page under a "(continued)"
/// caption, zebra striping, light grid lines, rows kept whole unless taller than a page (the engine's rule).
/// </summary>
internal static class ReportTable
{
    private const float CellPadding = 3f;
    private const float GridLineWidth = 0.4f;

    public static Table Create(
        PdfStyles styles,
        string name,
        float fontSize,
        IReadOnlyList<TableColumn> columns,
        IReadOnlyList<string> headers,
        IEnumerable<IReadOnlyList<Element>> rows) =>
        Create(styles, name, columns,
            [new TableRow(headers.Select(h => new TableCell(styles.HeaderCell(fontSize, h))))],
            rows.Select(cells => new TableRow(cells.Select(c => new TableCell(c)))));

    public static Table Create(
        PdfStyles styles,
        string name,
        IReadOnlyList<TableColumn> columns,
        IReadOnlyList<TableRow> headerRows,
        IEnumerable<TableRow> rows) =>
        new(columns, rows, headerRows)
        {
            Name = name,
            HeaderBackground = PdfStyles.HeaderFill,
            ZebraColor = PdfStyles.ZebraFill,
            CellPadding = CellPadding,
            GridLineWidth = GridLineWidth,
            GridLineColor = PdfStyles.GridLine,
            ContinuationCaption = new TextBlock(Span.Italic(name + " (continued)"))
            {
                Style = styles.Body with { Size = PdfStyles.CaptionSize, Color = PdfStyles.Muted },
            }.Padding(0, 0, 0, 3),
        };

    /// <summary>The narrow column of citation numbers most tables end with.</summary>
    public static TableColumn ReferenceColumn => TableColumn.Fixed(40);

    /// <summary>
    /// A column just wide enough for its bold header and its values on one line each (counts, phases): a
    /// header such as "Mentions" must not break inside the word.
    /// </summary>
    public static TableColumn Snug(string header, IEnumerable<string> values, float fontSize) =>
        TableColumn.Fixed(Math.Min(MaxSnugWidth, Math.Max(
            TableTextMeasure.Width(header, fontSize, bold: true),
            values.Select(v => TableTextMeasure.Width(v, fontSize, bold: false)).DefaultIfEmpty(0).Max()) + CellChrome));

    /// <summary>A snug column with a long value wraps it rather than squeezing the text columns.</summary>
    private const float MaxSnugWidth = 72f;

    /// <summary>Padding on both sides, the grid line, and slack for rounding.</summary>
    public const float CellChrome = 2 * CellPadding + GridLineWidth + 1.6f;
}

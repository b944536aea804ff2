using System.Globalization;
using ExoReport.Layout;
using ExoReport.Synthesis.Model;
using SkiaSharp;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// Cell sources (grouped by category) × mechanisms: each cell "n [refs]", gaps left empty and tinted. The
/// category spans its sources' rows. Columns are sized by <see cref="MatrixColumnPlan"/> to fit the page width.
/// </summary>
internal static class EvidenceMatrixSection
{
    public const string Name = "Evidence matrix";

    public const string Introduction =
        "Studies per cell source (grouped by category) and mechanism of repair; each cell gives the number of studies and " +
        "their references, and an empty cell is a gap in the evidence.";

    public static Element Compose(EvidenceMatrix matrix, PdfStyles styles, PageFrame frame)
    {
        var plan = MatrixColumnPlan.For(matrix, frame.ContentWidth);
        var size = plan.FontSize;
        var columns = new List<TableColumn> { TableColumn.Fixed(plan.Category), TableColumn.Relative() };
        columns.AddRange(matrix.Columns.Select(_ => TableColumn.Fixed(plan.Mechanism)));
        columns.Add(TableColumn.Fixed(plan.Studies));

        var headers = new List<string> { MatrixColumnPlan.CategoryHeader, MatrixColumnPlan.SourceHeader };
        headers.AddRange(matrix.Columns.Select((c, i) => plan.UsesKeys ? MatrixColumnPlan.Key(i) : c.Label));
        headers.Add(MatrixColumnPlan.StudiesHeader);
        var header = new TableRow(headers.Select(h => new TableCell(styles.HeaderCell(plan.HeaderSize, h))));

        var table = ReportTable.Create(styles, Name, columns, [header], Rows(matrix, styles, size)) with { CellPadding = MatrixColumnPlan.CellPadding };
        var blocks = new List<Element> { styles.Paragraph(Span.Text(Introduction)) };
        // Above the table, so the key is read first and never ends up alone on the page after the table.
        if (plan.UsesKeys)
            blocks.Add(Legend(matrix, styles, size));
        blocks.Add(table);
        return SectionLayout.Compose(Name, styles.SectionHeading(Name), blocks);
    }

    private static IEnumerable<TableRow> Rows(EvidenceMatrix matrix, PdfStyles styles, float size)
    {
        foreach (var group in matrix.Groups)
        {
            for (var r = 0; r < group.Rows.Count; r++)
            {
                var row = group.Rows[r];
                var cells = new List<TableCell>();
                if (r == 0)
                {
                    // White rather than the zebra stripe of whichever row the span starts on.
                    cells.Add(new TableCell(styles.Cell(size, Span.Bold(group.Label))) { RowSpan = group.Rows.Count, Background = SKColors.White });
                }
                cells.Add(new TableCell(styles.Cell(size, Span.Text(row.Source))));
                cells.AddRange(row.Cells.Select(cell => Cell(cell, styles, size)));
                cells.Add(new TableCell(styles.Cell(size, Span.Bold(Number(row.Total))) with { Alignment = TextAlignment.Right }));
                yield return new TableRow(cells);
            }
        }
    }

    private static TableCell Cell(MatrixCell cell, PdfStyles styles, float size) =>
        cell.IsGap
            ? new TableCell(new Spacer(0)) { Background = PdfStyles.GapFill }
            : new TableCell(styles.Cell(size, [Span.Bold(Number(cell.Count)), Span.Text(" ["), .. CitationSpans.Inline(cell.Citation), Span.Text("]")]));

    private static Element Legend(EvidenceMatrix matrix, PdfStyles styles, float size)
    {
        var spans = new List<TextSpan> { Span.Italic("Columns:") };
        for (var i = 0; i < matrix.Columns.Count; i++)
        {
            spans.Add(Span.Bold((i == 0 ? " " : "; ") + MatrixColumnPlan.Key(i)));
            spans.Add(Span.Text(" = " + matrix.Columns[i].Label));
        }
        spans.Add(Span.Text("."));
        return styles.Cell(size + 0.5f, spans);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

using ExoReport.Layout;
using ExoReport.Synthesis.Model;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// Table 1 as the review prints it: source (with its citation raised and linked) → mechanisms → delivery ways →
/// limitations, each item of a cell on its own line.
/// </summary>
internal static class Table1Section
{
    public const string Name = "Table 1";

    private const float FontSize = PdfStyles.TableSize;

    public static Element Compose(Table1 table, PdfStyles styles)
    {
        var rows = table.Rows.Select(row => (IReadOnlyList<Element>)
        [
            styles.Cell(FontSize, [Span.Text(row.Source), .. CitationSpans.Superscript(row.Citation)]),
            styles.CellLines(FontSize, row.Mechanisms),
            styles.CellLines(FontSize, row.Delivery),
            styles.CellLines(FontSize, row.Limitations),
        ]);
        var columns = Weights.Select(TableColumn.Relative).ToArray();
        return SectionLayout.Compose(Name, styles.SectionHeading($"{Name}. {table.Caption}"),
            ReportTable.Create(styles, Name, FontSize, columns, table.Headers, rows));
    }

    /// <summary>Source, mechanisms, delivery, limitation: the mechanism and limitation lists are the longest.</summary>
    private static readonly float[] Weights = [1.05f, 1.5f, 1.1f, 1.6f];
}

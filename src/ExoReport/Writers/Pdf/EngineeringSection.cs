using ExoReport.Layout;
using ExoReport.Synthesis.Model;

namespace ExoReport.Writers.Pdf;

/// <summary>Engineered and preconditioned exosomes: strategy, agent, method and the figures each study reports.</summary>
internal static class EngineeringSection
{
    public const string Name = "Engineered and preconditioned exosomes";

    private const float FontSize = PdfStyles.TableSize;

    private static readonly string[] Headers = ["Source", "Strategy", "Agent", "Method", "Reported figures", "Ref."];

    public static Element Compose(IReadOnlyList<EngineeringEntry> entries, PdfStyles styles)
    {
        TableColumn[] columns = [TableColumn.Relative(1.2f), TableColumn.Relative(1.1f), TableColumn.Relative(1f), TableColumn.Relative(1f), TableColumn.Relative(1.5f), ReportTable.ReferenceColumn];
        var rows = entries.Select(e => (IReadOnlyList<Element>)
        [
            styles.Cell(FontSize, Span.Text(e.Source)),
            styles.Cell(FontSize, Span.Text(e.Strategy)),
            styles.Cell(FontSize, Span.Text(e.Agent)),
            styles.Cell(FontSize, Span.Text(e.Method)),
            styles.CellLines(FontSize, e.Figures),
            styles.Cell(FontSize, CitationSpans.Inline(e.Citation)),
        ]);
        return SectionLayout.Compose(Name, styles.SectionHeading(Name), ReportTable.Create(styles, "Engineered exosomes", FontSize, columns, Headers, rows));
    }
}

using ExoReport.Layout;
using ExoReport.Synthesis.Model;

namespace ExoReport.Writers.Pdf;

/// <summary>Clinical trials of exosomes in patients: eight columns, so a smaller size and fixed widths for the short ones.</summary>
internal static class ClinicalSection
{
    public const string Name = "Clinical translation";

    private const float FontSize = PdfStyles.SmallTableSize;

    private static readonly string[] Headers = ["Phase", "Source", "Route", "Patients", "Population", "Follow-up", "Outcome", "Ref."];

    public static Element Compose(IReadOnlyList<ClinicalEntry> trials, PdfStyles styles)
    {
        TableColumn[] columns =
        [
            ReportTable.Snug(Headers[0], trials.Select(t => t.Phase), FontSize), TableColumn.Relative(1f), TableColumn.Relative(1f),
            ReportTable.Snug(Headers[3], trials.Select(t => t.Patients), FontSize), TableColumn.Relative(1.2f),
            ReportTable.Snug(Headers[5], trials.Select(t => t.FollowUp), FontSize), TableColumn.Relative(1.6f), ReportTable.ReferenceColumn,
        ];
        var rows = trials.Select(t => (IReadOnlyList<Element>)
        [
            styles.Cell(FontSize, Span.Text(t.Phase)),
            styles.Cell(FontSize, Span.Text(t.Source)),
            styles.Cell(FontSize, Span.Text(t.Route)),
            styles.Cell(FontSize, Span.Text(t.Patients)),
            styles.Cell(FontSize, Span.Text(t.Population)),
            styles.Cell(FontSize, Span.Text(t.FollowUp)),
            styles.Cell(FontSize, Span.Text(t.Outcome)),
            styles.Cell(FontSize, CitationSpans.Inline(t.Citation)),
        ]);
        return SectionLayout.Compose(Name, styles.SectionHeading(Name), ReportTable.Create(styles, "Clinical trials", FontSize, columns, Headers, rows));
    }
}

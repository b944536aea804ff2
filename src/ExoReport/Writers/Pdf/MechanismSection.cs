using ExoReport.Layout;
using ExoReport.Synthesis.Model;

namespace ExoReport.Writers.Pdf;

/// <summary>One subsection per mechanism: its description, a table of the studies reporting it, the sources with none.</summary>
internal static class MechanismSection
{
    public const string Name = "Mechanisms of repair";

    public const string NoStudies = "No study in the evidence reports this mechanism.";

    private const float FontSize = PdfStyles.TableSize;

    private static readonly string[] Headers = ["Source", "Cargo", "Pathway or target", "Effect", "Ref."];

    public static Element Compose(IReadOnlyList<MechanismSummary> mechanisms, PdfStyles styles)
    {
        return SectionLayout.Compose(Name, styles.SectionHeading(Name), mechanisms.Select(m => Mechanism(m, styles)).ToList());
    }

    private static Element Mechanism(MechanismSummary mechanism, PdfStyles styles)
    {
        var parts = new List<Element>();
        if (mechanism.Description is { } description)
            parts.Add(styles.Paragraph(Span.Text(description)));
        if (mechanism.Studies.Count == 0)
            parts.Add(styles.Paragraph(Span.Text(NoStudies)));
        else
            parts.Add(Table(mechanism, styles));
        if (mechanism.SourcesWithoutEvidence.Count > 0)
        {
            parts.Add(styles.Paragraph(Span.Italic("Sources with no study here:"),
                Span.Text(" " + string.Join(", ", mechanism.SourcesWithoutEvidence) + ".")));
        }
        return SectionLayout.Compose(mechanism.Label, styles.SubsectionHeading(mechanism.Label), parts);
    }

    private static Table Table(MechanismSummary mechanism, PdfStyles styles)
    {
        TableColumn[] columns = [TableColumn.Relative(1.2f), TableColumn.Relative(0.9f), TableColumn.Relative(1.1f), TableColumn.Relative(2.6f), ReportTable.ReferenceColumn];
        var rows = mechanism.Studies.Select(s => (IReadOnlyList<Element>)
        [
            styles.Cell(FontSize, Span.Text(s.Source)),
            styles.Cell(FontSize, Span.Text(s.Cargo)),
            styles.Cell(FontSize, Span.Text(s.Pathway)),
            styles.Cell(FontSize, Span.Text(s.Effect)),
            styles.Cell(FontSize, CitationSpans.Inline(s.Citation)),
        ]);
        return ReportTable.Create(styles, mechanism.Label, FontSize, columns, Headers, rows);
    }
}

using System.Globalization;
using ExoReport.Layout;
using ExoReport.Synthesis.Model;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// The numbered reference list, Vancouver style as in the other formats: each entry is the destination
/// "ref-N" that citations link to, and its DOI links to https://doi.org/….
/// </summary>
internal static class ReferencesSection
{
    public const string Name = "References";

    private const float NumberWidth = 24f;

    public static Element Compose(IReadOnlyList<ReferenceEntry> references, PdfStyles styles)
    {
        var entries = new Column(references.Select(r => Entry(r, styles))) { Spacing = 3 };
        return SectionLayout.Compose(Name, styles.SectionHeading(Name), entries);
    }

    private static Element Entry(ReferenceEntry reference, PdfStyles styles)
    {
        var number = reference.Number.ToString(CultureInfo.InvariantCulture);
        var spans = new List<TextSpan>
        {
            Span.Text($"{reference.Authors}. {reference.Title} "),
            Span.Italic(reference.Journal),
            Span.Text("."),
        };
        if (reference.Details.Length > 0)
            spans.Add(Span.Text($" {reference.Details}."));
        if (reference.Doi is { } doi)
        {
            spans.Add(Span.Text(" doi:"));
            spans.Add(reference.DoiUrl is { } url ? Span.LinkUri(doi, url).WithColor(PdfStyles.LinkColor) : Span.Text(doi));
        }
        var row = new Row(
            RowItem.Fixed(NumberWidth, styles.Paragraph(PdfStyles.ReferenceSize, Span.Text(number + ".")) with { Alignment = TextAlignment.Right }),
            RowItem.Relative(styles.Paragraph(PdfStyles.ReferenceSize, spans)))
        { Spacing = 5 };
        return new Destination(CitationSpans.Destination(reference.Number), row.KeepTogether()) { Name = "Reference " + number };
    }
}

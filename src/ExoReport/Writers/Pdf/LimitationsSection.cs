using System.Globalization;
using ExoReport.Layout;
using ExoReport.Synthesis.Model;

namespace ExoReport.Writers.Pdf;

/// <summary>How often each limitation theme occurs across the studies.</summary>
internal static class LimitationsSection
{
    public const string Name = "Limitations";

    public const string Introduction = "How often each limitation theme occurs across the studies (a study counts once per theme).";

    private const float FontSize = PdfStyles.TableSize;

    private static readonly string[] Headers = ["Limitation theme", "Studies", "Mentions", "Ref."];

    public static Element Compose(IReadOnlyList<LimitationTheme> themes, PdfStyles styles)
    {
        TableColumn[] columns =
        [
            TableColumn.Relative(2f),
            ReportTable.Snug(Headers[1], themes.Select(t => Number(t.Studies)), FontSize),
            ReportTable.Snug(Headers[2], themes.Select(t => Number(t.Mentions)), FontSize),
            TableColumn.Relative(1.6f),
        ];
        var rows = themes.Select(t => (IReadOnlyList<Element>)
        [
            styles.Cell(FontSize, Span.Text(t.Label)),
            styles.Cell(FontSize, Span.Text(Number(t.Studies))) with { Alignment = TextAlignment.Right },
            styles.Cell(FontSize, Span.Text(Number(t.Mentions))) with { Alignment = TextAlignment.Right },
            styles.Cell(FontSize, CitationSpans.Inline(t.Citation)),
        ]);
        return SectionLayout.Compose(Name, styles.SectionHeading(Name),
            styles.Paragraph(Span.Text(Introduction)),
            ReportTable.Create(styles, "Limitation themes", FontSize, columns, Headers, rows));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

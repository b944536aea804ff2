using System.Globalization;
using ExoReport.Layout;
using ExoReport.Synthesis.Model;

namespace ExoReport.Writers.Pdf;

/// <summary>Delivery routes with their study counts and sources, then the systemic/local/unreported totals.</summary>
internal static class DeliverySection
{
    public const string Name = "Delivery routes";

    private const float FontSize = PdfStyles.TableSize;

    private static readonly string[] Headers = ["Route", "Kind", "Studies", "Cell sources", "Ref."];

    public static Element Compose(DeliverySummary delivery, PdfStyles styles)
    {
        TableColumn[] columns =
        [
            TableColumn.Relative(1.3f),
            ReportTable.Snug(Headers[1], delivery.Routes.Select(r => r.Kind), FontSize),
            ReportTable.Snug(Headers[2], delivery.Routes.Select(r => Number(r.Count)), FontSize),
            TableColumn.Relative(2.2f),
            TableColumn.Relative(0.8f),
        ];
        var rows = delivery.Routes.Select(r => (IReadOnlyList<Element>)
        [
            styles.Cell(FontSize, Span.Text(r.Label)),
            styles.Cell(FontSize, Span.Text(r.Kind)),
            styles.Cell(FontSize, Span.Text(Number(r.Count))) with { Alignment = TextAlignment.Right },
            styles.Cell(FontSize, Span.Text(string.Join(", ", r.Sources))),
            styles.Cell(FontSize, CitationSpans.Inline(r.Citation)),
        ]);
        var totals = string.Create(CultureInfo.InvariantCulture,
            $"Systemic delivery: {delivery.Systemic} studies; local delivery: {delivery.Local} studies; route not reported: {delivery.Unreported} studies.");
        return SectionLayout.Compose(Name, styles.SectionHeading(Name),
            ReportTable.Create(styles, Name, FontSize, columns, Headers, rows),
            styles.Paragraph(Span.Text(totals)));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

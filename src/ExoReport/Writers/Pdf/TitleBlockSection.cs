using System.Globalization;
using ExoReport.Layout;
using ExoReport.Synthesis.Model;

namespace ExoReport.Writers.Pdf;

/// <summary>Title, authors, what the report is about and how much evidence it holds (the same sentences as the Markdown).</summary>
internal static class TitleBlockSection
{
    public static Element Compose(TitleBlock title, PdfStyles styles)
    {
        var condition = title.ConditionAbbreviation is { } abbreviation ? $"{title.Condition} ({abbreviation})" : title.Condition;
        var parts = new List<Element>
        {
            styles.Title(title.Title),
            styles.Paragraph(11f, Span.Text(string.Join(", ", title.Authors))),
            styles.Paragraph(Span.Italic($"Comparative evidence report on {condition}. Report date: {title.Date}.")),
            styles.Paragraph(Span.Bold("Evidence base:"), Span.Text(" " + Counts(title.Counts))),
        };
        if (title.Keywords.Count > 0)
            parts.Add(styles.Paragraph(Span.Bold("Keywords:"), Span.Text(" " + string.Join(", ", title.Keywords))));
        return Border.Below(new Column(parts) { Spacing = 5 }.Padding(0, 0, 0, 8), 0.8f, PdfStyles.Rule).Named("Title block");
    }

    private static string Counts(EvidenceCounts c) => string.Create(CultureInfo.InvariantCulture,
        $"{c.Studies} studies ({c.Table1Rows} in Table 1), {c.Sources} cell sources, {c.Mechanisms} mechanism categories, " +
        $"{c.Routes} delivery routes, {c.Species} species, {c.References} references.");
}

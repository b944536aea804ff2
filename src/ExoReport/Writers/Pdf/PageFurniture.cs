using System.Globalization;
using ExoReport.Layout;
using ExoReport.Synthesis.Model;

namespace ExoReport.Writers.Pdf;

/// <summary>What every page carries: a header with the short title and the report date, a footer "Page X of Y".</summary>
internal static class PageFurniture
{
    /// <summary>Titles longer than this are cut at a word and end with "…" in the header.</summary>
    private const int ShortTitleLength = 80;

    public static Element Header(TitleBlock title, PdfStyles styles)
    {
        var style = styles.Table(PdfStyles.FurnitureSize) with { Color = PdfStyles.Muted };
        var row = new Row(
            RowItem.Relative(new TextBlock(Span.Text(ShortTitle(title.Title))) { Style = style }),
            RowItem.Auto(new TextBlock(Span.Text(title.Date)) { Style = style, Alignment = TextAlignment.Right }))
        { Spacing = 12 };
        return Border.Below(row.Padding(PdfStyles.OpticalInset, 0, PdfStyles.OpticalInset, 3), 0.5f, PdfStyles.Rule).Named("header");
    }

    public static Element Footer(PageContext page, PdfStyles styles) =>
        new TextBlock(Span.Text(string.Create(CultureInfo.InvariantCulture, $"Page {page.PageNumber} of {page.PageCount}")))
        {
            Style = styles.Table(PdfStyles.FurnitureSize) with { Color = PdfStyles.Muted },
            Alignment = TextAlignment.Center,
        }.Padding(PdfStyles.OpticalInset, 0).Named("footer");

    /// <summary>The title, or its first words with "…" when it is too long for the header line.</summary>
    public static string ShortTitle(string title)
    {
        var trimmed = title.Trim();
        if (trimmed.Length <= ShortTitleLength)
            return trimmed;
        var cut = trimmed.LastIndexOf(' ', ShortTitleLength - 1);
        return trimmed[..(cut > 0 ? cut : ShortTitleLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}

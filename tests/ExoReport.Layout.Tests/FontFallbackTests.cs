using ExoReport.Layout.Tests.Support;

namespace ExoReport.Layout.Tests;

public class FontFallbackTests
{
    [Fact]
    public void Greek_plus_minus_superscript_signs_and_accents_render_and_extract()
    {
        const string text = "α-SMA β-catenin ±5% Ca²⁺ Na⁺ café naïve Ångström Łukasz";
        var result = TestDocuments.Render(new TextBlock(text));

        using var pdf = PdfView.Open(result);
        Assert.Empty(result.Warnings);
        Assert.Contains(text, pdf.Text(1));
    }

    [Fact]
    public void Characters_the_primary_family_lacks_come_from_the_next_family()
    {
        // DejaVu Serif has no '≲' or '∅'; DejaVu Sans has both.
        var result = TestDocuments.Render(new TextBlock("dose ≲ 5 µg, ∅ effect"));

        using var pdf = PdfView.Open(result);
        Assert.Empty(result.Warnings);
        Assert.Contains("dose ≲ 5 µg, ∅ effect", pdf.Text(1));
        Assert.Contains("DejaVuSans", pdf.Find(1, "≲")[0].FontName);
        Assert.Contains("DejaVuSans", pdf.Find(1, "∅")[0].FontName);
        Assert.Contains("DejaVuSerif", pdf.Find(1, "dose")[0].FontName);
    }

    [Fact]
    public void A_character_no_font_has_is_reported_with_the_element_and_text()
    {
        var result = TestDocuments.Render(new Column(
            new TextBlock("fine"),
            new TextBlock(Span.Text("Author: 王 (Wang) and "), Span.Bold("Müller")) { Name = "authors" }));

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(LayoutWarningKind.MissingGlyph, warning.Kind);
        Assert.Equal(0x738B, warning.CodePoint);
        Assert.Equal("TextBlock 'authors'", warning.Element);
        Assert.Equal("Author: 王 (Wang) and ", warning.Text);
        Assert.Contains("U+738B", warning.Message);
        using var pdf = PdfView.Open(result);
        Assert.Contains("(Wang) and Müller", pdf.Text(1));
    }

    [Fact]
    public void A_missing_character_is_reported_once_per_element_however_often_it_occurs()
    {
        var block = new TextBlock("王 王 王");
        var result = TestDocuments.Render(new Column(block, block, new TextBlock("王") { Name = "other" }));

        Assert.Equal(["TextBlock", "TextBlock 'other'"], result.Warnings.Select(w => w.Element).ToArray());
    }

    [Fact]
    public void A_family_missing_from_the_directory_is_a_clear_error()
    {
        var error = Assert.Throws<FontNotFoundException>(() => FontFamily.FromDirectory(TestDocuments.FontDirectory, "Liberation Sans"));

        Assert.Contains("Liberation Sans", error.Message);
        Assert.Contains("DejaVu Serif", error.Message);
    }

    [Fact]
    public void A_missing_font_directory_is_a_clear_error()
    {
        var error = Assert.Throws<FontNotFoundException>(() => FontSet.FromDirectory("/no/such/fonts", "DejaVu Serif"));

        Assert.Contains("/no/such/fonts", error.Message);
    }

    [Fact]
    public void A_family_not_installed_on_the_system_is_a_clear_error()
    {
        var error = Assert.Throws<FontNotFoundException>(() => FontSet.FromSystem(["No Such Family 1", "No Such Family 2"]));

        Assert.Contains("'No Such Family 1', 'No Such Family 2'", error.Message);
        Assert.Contains("/usr/share/fonts", error.Message);
        Assert.Contains("Installed families:", error.Message);
    }

    [Fact]
    public void A_family_can_be_loaded_from_streams()
    {
        using var regular = File.OpenRead(Path.Combine(TestDocuments.FontDirectory, "DejaVuSans.ttf"));
        using var bold = File.OpenRead(Path.Combine(TestDocuments.FontDirectory, "DejaVuSans-Bold.ttf"));
        using var fonts = new FontSet([FontFamily.FromStreams("Embedded Sans", regular, bold)], useSystemFallbacks: false);
        var document = new DocumentBuilder(new DocumentSettings(fonts)).Content(new TextBlock(Span.Text("from "), Span.Bold("stream"), Span.Italic(" slanted")));

        var result = PdfRenderer.Render(document);

        using var pdf = PdfView.Open(result);
        Assert.Contains("DejaVuSans", pdf.Find(1, "from")[0].FontName);
        Assert.Contains("Bold", pdf.Find(1, "stream")[0].FontName);
        Assert.Contains("from stream slanted", pdf.Text(1)); // italic is synthesised from the regular face
    }

    [Fact]
    public void A_directory_family_picks_its_four_faces_by_style()
    {
        var family = FontFamily.FromDirectory(TestDocuments.FontDirectory, "DejaVu Serif");
        using var fonts = new FontSet([family], useSystemFallbacks: false);
        var document = new DocumentBuilder(new DocumentSettings(fonts)).Content(new TextBlock(Span.Text("r "), Span.Bold("b "), Span.Italic("i "), Span.BoldItalic("bi")));

        using var pdf = PdfView.Open(PdfRenderer.Render(document));
        var names = pdf.Pages[0].Letters.Where(l => l.Value != " ").Select(l => l.FontName!.Split('+')[^1]).ToArray();
        Assert.Equal(["DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic", "DejaVuSerif-BoldItalic"], names);
    }
}

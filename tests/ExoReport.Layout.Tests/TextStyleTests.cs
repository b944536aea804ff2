using ExoReport.Layout.Tests.Support;

namespace ExoReport.Layout.Tests;

public class TextStyleTests
{
    [Fact]
    public void Bold_italic_and_bold_italic_spans_use_their_faces()
    {
        var result = TestDocuments.Render(new TextBlock(
            Span.Text("plain "), Span.Bold("heavy "), Span.Italic("slanted "), Span.BoldItalic("both")));

        using var pdf = PdfView.Open(result);
        Assert.DoesNotContain("Bold", pdf.Find(1, "plain")[0].FontName);
        Assert.Contains("Bold", pdf.Find(1, "heavy")[0].FontName);
        Assert.Contains("Italic", pdf.Find(1, "slanted")[0].FontName);
        Assert.Contains("BoldItalic", pdf.Find(1, "both")[0].FontName);
    }

    [Fact]
    public void Superscript_is_smaller_and_raised_and_subscript_lowered()
    {
        var result = TestDocuments.Render(new TextBlock(
            Span.Text("Smith"), Span.Superscript("12"), Span.Text(" CO"), Span.Subscript("2")));

        using var pdf = PdfView.Open(result);
        var h = pdf.Find(1, "Smith")[^1];
        var sup = pdf.Find(1, "12")[0];
        var sub = pdf.Find(1, "CO2")[^1];
        Assert.True(sup.PointSize < h.PointSize * 0.7);
        Assert.True(sup.StartBaseLine.Y > h.StartBaseLine.Y + 2);
        Assert.True(sub.StartBaseLine.Y < h.StartBaseLine.Y);
        // The citation number sticks to its word: no space between.
        Assert.Contains("Smith12 CO2", pdf.Text(1));
    }

    [Fact]
    public void A_superscript_does_not_push_lines_apart()
    {
        var plain = TestDocuments.Render(new TextBlock(TestDocuments.NumberedWords(60)));
        var cited = TestDocuments.Render(new TextBlock(Span.Text(TestDocuments.NumberedWords(30)), Span.Superscript("1,2"), Span.Text(" " + TestDocuments.NumberedWords(30, "v"))));

        using var a = PdfView.Open(plain);
        using var b = PdfView.Open(cited);
        double Step(PdfView v)
        {
            var ys = v.Pages[0].Letters.Where(l => l.PointSize > 9).Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct().OrderByDescending(y => y).ToArray();
            return ys[0] - ys[1];
        }
        Assert.Equal(Step(a), Step(b), 1);
    }

    [Fact]
    public void Size_and_colour_apply_per_span_and_per_block()
    {
        var result = TestDocuments.Render(new TextBlock(Span.Text("big"), Span.Text(" small").WithSize(6))
        {
            Style = TextStyle.Default.WithSize(20).WithColor(SkiaSharp.SKColors.Red),
        });

        using var pdf = PdfView.Open(result);
        var big = pdf.Find(1, "big")[0];
        Assert.Equal(20, big.PointSize, 0.5);
        Assert.Equal(6, pdf.Find(1, "small")[0].PointSize, 0.5);
        var (r, g, b) = big.Color.ToRGBValues();
        Assert.Equal((1.0, 0.0, 0.0), (Math.Round(r, 2), Math.Round(g, 2), Math.Round(b, 2)));
    }

    [Fact]
    public void A_span_may_choose_another_family_of_the_font_set()
    {
        var result = TestDocuments.Render(new TextBlock(Span.Text("serif "), Span.Text("sans").WithStyle(s => s.WithFontFamily("DejaVu Sans"))));

        using var pdf = PdfView.Open(result);
        Assert.Contains("DejaVuSerif", pdf.Find(1, "serif")[0].FontName);
        Assert.Contains("DejaVuSans", pdf.Find(1, "sans")[0].FontName);
    }

    [Fact]
    public void An_unknown_family_is_an_error_naming_the_element()
    {
        var block = new TextBlock("x") { Name = "caption", Style = TextStyle.Default.WithFontFamily("Comic Sans") };

        var error = Assert.Throws<LayoutException>(() => TestDocuments.Render(block));
        Assert.Contains("TextBlock 'caption'", error.Message);
        Assert.Contains("Comic Sans", error.Message);
    }
}

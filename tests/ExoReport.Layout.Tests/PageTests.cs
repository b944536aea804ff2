using ExoReport.Layout.Tests.Support;
using SkiaSharp;

namespace ExoReport.Layout.Tests;

public class PageTests
{
    private static Element Footer(PageContext page) =>
        new TextBlock($"Page {page.PageNumber} of {page.PageCount}") { Alignment = TextAlignment.Center };

    [Fact]
    public void Every_page_has_the_header_and_page_x_of_y_in_the_footer()
    {
        var result = TestDocuments.Render(
            new TextBlock(TestDocuments.NumberedWords(2500)),
            header: _ => new TextBlock("Running header"),
            footer: Footer);

        using var pdf = PdfView.Open(result);
        Assert.True(result.PageCount >= 3);
        Assert.Equal(result.PageCount, pdf.Pages.Count);
        for (var page = 1; page <= result.PageCount; page++)
        {
            Assert.Contains("Running header", pdf.Text(page));
            Assert.Contains($"Page {page} of {result.PageCount}", pdf.Text(page));
            // The header is the first line, the footer the last.
            Assert.True(pdf.Find(page, "Running")[0].StartBaseLine.Y > pdf.Pages[page - 1].Letters.Where(l => l.Value.StartsWith('w')).Max(l => l.StartBaseLine.Y));
            Assert.True(pdf.Find(page, "Page")[0].StartBaseLine.Y < pdf.Pages[page - 1].Letters.Where(l => l.Value.StartsWith('w')).Min(l => l.StartBaseLine.Y));
        }
    }

    [Theory]
    [InlineData("A4", 595, 842)]
    [InlineData("Letter", 612, 792)]
    public void Page_sizes(string name, double width, double height)
    {
        var size = name == "A4" ? PageSize.A4 : PageSize.Letter;
        var result = TestDocuments.Render(new TextBlock("x"), s => s with { PageSize = size });

        using var pdf = PdfView.Open(result);
        Assert.Equal(width, pdf.Pages[0].Width, 0.1);
        Assert.Equal(height, pdf.Pages[0].Height, 0.1);
    }

    [Fact]
    public void Nothing_is_drawn_outside_the_margins()
    {
        var doi = "https://doi.org/10.1000/" + new string('q', 180);
        var rows = Enumerable.Range(1, 80).Select(i => new TableRow(
            new TableCell(new TextBlock($"{i}")),
            new TableCell(new TextBlock(Span.Text($"MSC exosomes α-SMA ±{i}% Ca²⁺"), Span.Superscript($"{i}"), Span.Text(" " + doi))),
            new TableCell(new TextBlock("intravenous injection in mice"))));
        var content = new Column(
            new TextBlock(Span.Bold("Heading")) { Style = TextStyle.Default.WithSize(18) },
            new TextBlock(Span.Text(TestDocuments.NumberedWords(300) + " "), Span.LinkUri(doi, doi)) { Alignment = TextAlignment.Justify },
            new Row(RowItem.Auto(new TextBlock("Label:")), RowItem.Relative(new TextBlock(TestDocuments.NumberedWords(40)).Padding(4).Border(1, SKColors.Black))) { Spacing = 5 },
            new Table([TableColumn.Fixed(30), TableColumn.Relative(3), TableColumn.Relative(1)], rows) { ContinuationCaption = new TextBlock("(continued)"), ZebraColor = SKColors.LightGray })
        { Spacing = 6 };
        var result = TestDocuments.Render(content, header: _ => new TextBlock("Header text"), footer: Footer);

        using var pdf = PdfView.Open(result);
        Assert.True(result.PageCount >= 3);
        foreach (var page in pdf.Pages)
        {
            var box = PdfView.ContentBox(page);
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var g = letter.BoundingBox;
                Assert.True(g.Left >= box.Left - 0.5 && g.Right <= box.Right + 0.5 && g.Bottom >= box.Bottom - 0.5 && g.Top <= box.Top + 0.5,
                    $"'{letter.Value}' on page {page.Number} at ({g.Left:0.0}, {g.Bottom:0.0})-({g.Right:0.0}, {g.Top:0.0}) leaves {box}");
            }
            foreach (var path in page.Paths)
            {
                var r = path.GetBoundingRectangle();
                if (r is null)
                    continue;
                Assert.True(r.Value.Left >= box.Left - 0.5 && r.Value.Right <= box.Right + 0.5 && r.Value.Bottom >= box.Bottom - 0.5 && r.Value.Top <= box.Top + 0.5,
                    $"a path on page {page.Number} at {r.Value} leaves {box}");
            }
        }
    }

    [Fact]
    public void A_page_break_starts_a_new_page()
    {
        var result = TestDocuments.Render(new Column(new TextBlock("first"), new PageBreak(), new TextBlock("second")));

        using var pdf = PdfView.Open(result);
        Assert.Equal(2, result.PageCount);
        Assert.Equal([1], pdf.PagesContaining("first"));
        Assert.Equal([2], pdf.PagesContaining("second"));
    }

    [Fact]
    public void Empty_content_still_gives_one_page_with_header_and_footer()
    {
        var result = TestDocuments.Render(new Column(), header: _ => new TextBlock("H"), footer: Footer);

        using var pdf = PdfView.Open(result);
        Assert.Equal(1, result.PageCount);
        Assert.Contains("Page 1 of 1", pdf.Text(1));
    }

    [Fact]
    public void The_page_limit_stops_a_runaway_document_with_a_clear_error()
    {
        var content = new Column(Enumerable.Range(0, 50).Select(_ => (Element)new PageBreak()));

        var error = Assert.Throws<LayoutException>(() => TestDocuments.Render(content, s => s with { MaxPages = 20 }));
        Assert.Contains("more than 20 pages", error.Message);
        Assert.Contains("MaxPages", error.Message);
    }

    [Fact]
    public void A_header_that_cannot_fit_is_an_error()
    {
        var error = Assert.Throws<LayoutException>(() => TestDocuments.Render(
            new TextBlock("x"), header: _ => new Canvas(100, 2000, (_, _) => { }) { Name = "banner" }));

        Assert.Contains("header", error.Message);
        Assert.Contains("Canvas 'banner'", error.Message);
    }
}

using ExoReport.Layout.Tests.Support;
using SkiaSharp;

namespace ExoReport.Layout.Tests;

/// <summary>
/// The PDF is painted from the counting pass's record (one layout) unless that record is too large or a header
/// or footer rules it out; either way it must be exactly the PDF that laying the document out twice gives.
/// </summary>
public class RecordedDrawingTests
{
    private static readonly DocumentMetadata Metadata = new()
    {
        Title = "Recorded",
        Created = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc),
        Modified = new DateTime(2024, 5, 7, 7, 8, 9, DateTimeKind.Utc),
    };

    /// <summary>Everything a page can hold: styled text, links both ways, a canvas, a table across pages, borders.</summary>
    private static Element Content()
    {
        var rows = Enumerable.Range(1, 90).Select(i => new TableRow(
            new TableCell(new TextBlock($"{i}")) { Background = i % 5 == 0 ? SKColors.Beige : null },
            new TableCell(new TextBlock(Span.Text(TestDocuments.NumberedWords(i % 9 + 1)), Span.LinkDestination(" top", "top")))));
        return new Column(
            new Destination("top", new TextBlock(Span.Bold("Title"), Span.Text(" α β "), Span.Superscript("1"), Span.Italic(" italic"))),
            new TextBlock(Span.LinkUri("a link", "https://example.org"), Span.Text(" and "), Span.LinkDestination("the table", "t")),
            Canvas.WidthBound(4, (canvas, size) =>
            {
                using var paint = new SKPaint { Color = SKColors.SteelBlue };
                canvas.DrawRect(0, 0, size.Width / 2, size.Height, paint);
            }),
            new Border(new Padding(new TextBlock(TestDocuments.NumberedWords(120, "p")) { Alignment = TextAlignment.Justify }, 4), 1, SKColors.Black),
            new Destination("t", new Table([TableColumn.Fixed(40), TableColumn.Relative()], rows)
            {
                ZebraColor = SKColors.LightGray,
                ContinuationCaption = new TextBlock(Span.Italic("Table (continued)")),
            }))
        { Spacing = 6 };
    }

    private static Element PageOfPages(PageContext page) => new TextBlock($"Page {page.PageNumber} of {page.PageCount}") { Alignment = TextAlignment.Center };

    private static PdfRenderResult Render(long recordLimit, Func<PageContext, Element>? footer = null) =>
        TestDocuments.Render(Content(), s => s with { Metadata = Metadata, RecordedDrawingLimit = recordLimit },
            header: p => new TextBlock($"Header {p.PageNumber}"), footer: footer ?? PageOfPages);

    [Fact]
    public void The_recorded_document_is_laid_out_once_and_gives_the_bytes_of_two_passes()
    {
        var recorded = Render(recordLimit: 1_000_000);
        var twice = Render(recordLimit: 0);

        Assert.Equal(1, recorded.LayoutPasses);
        Assert.Equal(2, twice.LayoutPasses);
        Assert.True(recorded.PageCount >= 3);
        Assert.Equal(twice.PageCount, recorded.PageCount);
        Assert.Equal(twice.Pdf, recorded.Pdf);
    }

    [Fact]
    public void The_recorded_pages_show_the_final_page_count_and_every_part()
    {
        var result = Render(recordLimit: 1_000_000);

        using var pdf = PdfView.Open(result);
        var count = result.PageCount;
        for (var page = 1; page <= count; page++)
        {
            Assert.Contains($"Header {page}", pdf.Text(page));
            Assert.Contains($"Page {page} of {count}", pdf.Text(page));
        }
        Assert.Contains("Title", pdf.Text(1));
        Assert.Contains("Table (continued)", pdf.AllText);
        Assert.Equal(1, pdf.Occurrences("p120"));
        Assert.Equal(90, pdf.Occurrences("w001")); // every row's cell, split rows included
    }

    [Fact]
    public void A_record_over_the_limit_is_dropped_and_the_document_laid_out_again()
    {
        var overLimit = Render(recordLimit: 50);
        var twice = Render(recordLimit: 0);

        Assert.Equal(2, overLimit.LayoutPasses);
        Assert.Equal(twice.Pdf, overLimit.Pdf);
    }

    [Fact]
    public void A_footer_taller_once_the_count_is_known_makes_the_document_laid_out_again()
    {
        // Unknown count: one line; known: two lines, so every page's body is shorter and the layout changes.
        Element Footer(PageContext p) => new TextBlock(p.PageCount == 0 ? "Page" : $"Page {p.PageNumber}\nof {p.PageCount}");

        var recorded = Render(recordLimit: 1_000_000, footer: Footer);
        var twice = Render(recordLimit: 0, footer: Footer);

        Assert.True(recorded.LayoutPasses >= 2);
        Assert.Equal(twice.PageCount, recorded.PageCount);
        Assert.Equal(twice.Pdf, recorded.Pdf);
        using var pdf = PdfView.Open(recorded);
        Assert.Contains($"of {recorded.PageCount}", pdf.Text(recorded.PageCount));
    }

    [Fact]
    public void A_footer_with_a_link_makes_the_document_laid_out_again_with_the_same_result()
    {
        Element Footer(PageContext p) => new TextBlock(Span.Text($"Page {p.PageNumber} of {p.PageCount} "), Span.LinkDestination("back to the top", "top"));

        var recorded = Render(recordLimit: 1_000_000, footer: Footer);
        var twice = Render(recordLimit: 0, footer: Footer);

        Assert.Equal(2, recorded.LayoutPasses);
        Assert.Equal(twice.Pdf, recorded.Pdf);
        Assert.Equal(twice.Warnings, recorded.Warnings);
    }

    [Fact]
    public void Warnings_are_the_same_with_the_record()
    {
        var content = new Column(new TextBlock(Span.LinkDestination("nowhere", "missing")), new Destination("d", new TextBlock("a")), new Destination("d", new TextBlock("b")));

        var recorded = TestDocuments.Render(content, s => s with { RecordedDrawingLimit = 1_000_000 });
        var twice = TestDocuments.Render(content, s => s with { RecordedDrawingLimit = 0 });

        Assert.Equal(1, recorded.LayoutPasses);
        Assert.NotEmpty(recorded.Warnings);
        Assert.Equal(twice.Warnings, recorded.Warnings);
        Assert.Contains(recorded.Warnings, w => w.Kind == LayoutWarningKind.UnknownDestination);
        Assert.Contains(recorded.Warnings, w => w.Kind == LayoutWarningKind.DuplicateDestination);
    }
}

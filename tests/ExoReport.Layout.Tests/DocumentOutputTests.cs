using ExoReport.Layout.Tests.Support;
using SkiaSharp;

namespace ExoReport.Layout.Tests;

public class DocumentOutputTests
{
    private static readonly DocumentMetadata Metadata = new()
    {
        Title = "Exosome review",
        Author = "A. Author",
        Subject = "Comparative review",
        Keywords = "exosomes, MSC",
        Creator = "ExoReport tests",
        Producer = "ExoReport.Layout test",
        Created = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc),
        Modified = new DateTime(2024, 5, 7, 7, 8, 9, DateTimeKind.Utc),
    };

    private static Element Content()
    {
        var rows = Enumerable.Range(1, 60).Select(i => new TableRow(new TableCell(new TextBlock($"{i}")), new TableCell(new TextBlock(TestDocuments.NumberedWords(i % 7 + 1)))));
        return new Column(
            new TextBlock(Span.Bold("Title"), Span.Text(" α β "), Span.Superscript("1"), Span.LinkUri(" link", "https://example.org"), Span.LinkDestination(" table", "t")),
            Canvas.WidthBound(4, (canvas, size) =>
            {
                using var paint = new SKPaint { Color = SKColors.SteelBlue };
                canvas.DrawRect(0, 0, size.Width / 2, size.Height, paint);
            }),
            new Destination("t", new Table([TableColumn.Fixed(40), TableColumn.Relative()], rows) { ZebraColor = SKColors.LightGray }))
        { Spacing = 6 };
    }

    [Fact]
    public void The_same_document_renders_to_the_same_bytes()
    {
        var first = TestDocuments.Render(Content(), s => s with { Metadata = Metadata }, footer: p => new TextBlock($"Page {p.PageNumber} of {p.PageCount}"));
        var second = TestDocuments.Render(Content(), s => s with { Metadata = Metadata }, footer: p => new TextBlock($"Page {p.PageNumber} of {p.PageCount}"));

        Assert.True(first.PageCount >= 2);
        Assert.Equal(first.Pdf, second.Pdf);
    }

    [Fact]
    public void Rendering_one_document_object_twice_gives_the_same_bytes()
    {
        using var fonts = TestDocuments.Fonts();
        var document = new DocumentBuilder(new DocumentSettings(fonts) { Metadata = Metadata }).Content(Content()).Build();

        Assert.Equal(PdfRenderer.Render(document).Pdf, PdfRenderer.Render(document).Pdf);
    }

    [Fact]
    public void Metadata_is_written_with_the_given_dates()
    {
        var result = TestDocuments.Render(new TextBlock("x"), s => s with { Metadata = Metadata });

        using var pdf = PdfView.Open(result);
        var info = pdf.Document.Information;
        Assert.Equal("Exosome review", info.Title);
        Assert.Equal("A. Author", info.Author);
        Assert.Equal("Comparative review", info.Subject);
        Assert.Equal("exosomes, MSC", info.Keywords);
        Assert.Equal("ExoReport tests", info.Creator);
        Assert.Equal("ExoReport.Layout test", info.Producer);
        Assert.StartsWith("D:20240506070809", info.CreationDate);
        Assert.StartsWith("D:20240507070809", info.ModifiedDate);
    }

    [Fact]
    public void A_local_time_date_is_rejected()
    {
        var local = Metadata with { Created = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Local) };

        var error = Assert.Throws<ArgumentException>(() => TestDocuments.Render(new TextBlock("x"), s => s with { Metadata = local }));
        Assert.Contains("UTC", error.Message);
    }

    [Fact]
    public void An_element_reused_in_several_places_is_drawn_in_each()
    {
        var shared = new TextBlock("shared paragraph");
        var result = TestDocuments.Render(new Column(shared, new PageBreak(), shared, shared));

        using var pdf = PdfView.Open(result);
        Assert.Equal(3, pdf.Occurrences("shared paragraph"));
    }
}

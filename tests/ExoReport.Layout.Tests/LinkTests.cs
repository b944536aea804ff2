using ExoReport.Layout.Tests.Support;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;

namespace ExoReport.Layout.Tests;

public class LinkTests
{
    [Fact]
    public void A_uri_span_becomes_a_link_annotation_over_its_text()
    {
        const string doi = "https://doi.org/10.1000/xyz123";
        var result = TestDocuments.Render(new TextBlock(Span.Text("Read "), Span.LinkUri("the paper", doi), Span.Text(" now.")));

        using var pdf = PdfView.Open(result);
        var link = Assert.Single(pdf.Pages[0].GetAnnotations(), a => a.Type == AnnotationType.Link);
        Assert.Equal(doi, Assert.IsType<UriAction>(link.Action).Uri);
        var the = pdf.Find(1, "the paper");
        Assert.Equal(the[0].StartBaseLine.X, link.Rectangle.Left, 0.5);
        Assert.Equal(the[^1].EndBaseLine.X, link.Rectangle.Right, 0.5);
    }

    [Fact]
    public void A_link_that_wraps_gets_one_annotation_per_line()
    {
        var words = TestDocuments.NumberedWords(200);
        var result = TestDocuments.Render(new TextBlock(Span.Text("start "), Span.LinkUri(words, "https://example.org/long")));

        using var pdf = PdfView.Open(result);
        var links = pdf.Pages[0].GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToArray();
        var lines = pdf.Pages[0].Letters.Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct().Count();
        Assert.Equal(lines, links.Length);
        Assert.All(links, l => Assert.Equal("https://example.org/long", Assert.IsType<UriAction>(l.Action).Uri));
    }

    [Fact]
    public void An_internal_link_jumps_to_the_page_of_its_destination()
    {
        var content = new Column(
            new TextBlock(Span.Text("See "), Span.LinkDestination("Table 2", "table-2"), Span.Text(".")),
            new PageBreak(),
            new PageBreak(),
            new Destination("table-2", new TextBlock("Table 2. Results")));
        var result = TestDocuments.Render(content);

        using var pdf = PdfView.Open(result);
        Assert.Equal(3, result.PageCount);
        var link = Assert.Single(pdf.Pages[0].GetAnnotations(), a => a.Type == AnnotationType.Link);
        var action = Assert.IsType<GoToAction>(link.Action);
        Assert.Equal(3, action.Destination.PageNumber);
    }

    [Fact]
    public void A_link_to_an_undeclared_destination_is_reported()
    {
        var result = TestDocuments.Render(new Column(
            new TextBlock(Span.Text("See "), Span.LinkDestination("ref 9", "ref-9")) { Name = "citing paragraph" },
            new Destination("ref-1", new TextBlock("1. A reference"))));

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(LayoutWarningKind.UnknownDestination, warning.Kind);
        Assert.Equal("TextBlock 'citing paragraph'", warning.Element);
        Assert.Equal("ref-9", warning.Text);
    }

    [Fact]
    public void Two_elements_declaring_one_destination_are_reported()
    {
        var result = TestDocuments.Render(new Column(
            new Destination("ref-1", new TextBlock("first")) { Name = "a" },
            new Destination("ref-1", new TextBlock("second")) { Name = "b" }));

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(LayoutWarningKind.DuplicateDestination, warning.Kind);
        Assert.Contains("Destination 'b'", warning.Message);
        Assert.Contains("Destination 'a'", warning.Message);
    }
}

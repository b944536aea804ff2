using System.Globalization;
using UglyToad.PdfPig.Actions;

namespace ExoReport.Tests.Pdf;

/// <summary>Citations jump to their reference; DOIs open https://doi.org/….</summary>
public class PdfLinkTests(SampleReport sample) : IClassFixture<SampleReport>
{
    [Fact]
    public void Every_doi_is_a_uri_link_to_doi_org()
    {
        using var pdf = sample.Read();
        var targets = pdf.UriTargets();
        foreach (var reference in sample.Report.References)
            Assert.Contains("https://doi.org/" + reference.Doi, targets);
        Assert.All(targets, t => Assert.StartsWith("https://doi.org/10.", t));
    }

    [Fact]
    public void Every_citation_number_links_to_the_page_of_its_reference_entry()
    {
        using var pdf = sample.Read();
        var internalLinks = pdf.Links().Where(l => l.Link.Action is GoToAction).ToList();
        // Table 1 (2 rows), matrix cells (3), mechanism tables (4), delivery (3), engineering, clinical, limitations (4).
        Assert.True(internalLinks.Count >= 15, $"{internalLinks.Count} internal links");
        var cited = new HashSet<int>();
        foreach (var (page, link) in internalLinks)
        {
            var number = int.Parse(pdf.TextUnder(page, link), CultureInfo.InvariantCulture);
            cited.Add(number);
            var reference = sample.Report.References.Single(r => r.Number == number);
            var entryPage = Assert.Single(pdf.PagesContaining($"{reference.Number}. {reference.Authors}. {reference.Title}"));
            Assert.Equal(entryPage, ((GoToAction)link.Action!).Destination.PageNumber);
        }
        Assert.Equal(sample.Report.References.Select(r => r.Number).Order(), cited.Order());
    }

    [Fact]
    public void Table1_citations_are_raised_and_smaller_than_the_source_they_follow()
    {
        using var pdf = sample.Read();
        var row = sample.Report.Table1.Rows[0];
        var page = pdf.PagesContaining(row.Source + row.Citation.Text)[0];
        var letters = pdf.Find(page, row.Source + row.Citation.Text);
        var source = letters[0];
        var citation = letters[^1];
        Assert.True(citation.StartBaseLine.Y > source.StartBaseLine.Y + 1, "raised");
        Assert.True(citation.PointSize < source.PointSize, "smaller");
    }
}

using System.Globalization;
using ExoReport.Build;
using ExoReport.Tests.Support;
using UglyToad.PdfPig.Actions;

namespace ExoReport.Tests.Pdf;

/// <summary>The PDF of the review in the seeds, checked against the review's own Table 1 and reference list.</summary>
public class PdfSeedReviewTests(SeedReport seed) : IClassFixture<SeedReport>
{
    private const string Header = "Cellular Resource of Exosomes";

    [Fact]
    public void The_review_renders_without_warnings_on_a_plausible_number_of_pages()
    {
        using var pdf = seed.Read();
        Assert.Equal(seed.Result.PageCount, pdf.Pages.Count);
        Assert.InRange(pdf.Pages.Count, 12, 40);
        Assert.Empty(seed.Result.Warnings);
    }

    [Fact]
    public void Every_table1_source_of_the_printed_review_appears_with_its_citation()
    {
        using var pdf = seed.Read();
        Assert.Equal(19, SeedTable1.Rows.Count);
        foreach (var row in SeedTable1.Rows)
            Assert.True(pdf.Contains(row.Source + row.Citation), $"{row.Source} {row.Citation}");
    }

    [Fact]
    public void Table1_repeats_its_header_on_every_page_it_spans()
    {
        using var pdf = seed.Read();
        var rows = seed.Report.Table1.Rows;
        // A row's source, citation and first finding, in drawing order, occur nowhere else.
        var first = Assert.Single(pdf.PagesContaining(rows[0].Source + rows[0].Citation.Text + rows[0].Mechanisms[0]));
        var last = Assert.Single(pdf.PagesContaining(rows[^1].Source + rows[^1].Citation.Text + rows[^1].Mechanisms[0]));
        Assert.True(last > first, "the review's Table 1 is longer than a page");
        for (var page = first; page <= last; page++)
        {
            Assert.True(pdf.Find(page, Header).Count > 0, $"no header on page {page}");
            Assert.Equal(page > first, pdf.Find(page, "Table 1 (continued)").Count > 0);
        }
        foreach (var row in rows)
            Assert.Equal(1, pdf.Occurrences(row.Source + row.Citation.Text + row.Mechanisms[0]));
    }

    [Fact]
    public void Every_reference_doi_is_printed_and_links_to_doi_org()
    {
        using var pdf = seed.Read();
        var targets = pdf.UriTargets().ToHashSet();
        Assert.Equal(105, seed.Report.References.Count);
        foreach (var reference in seed.Report.References.Where(r => r.Doi is not null))
        {
            Assert.True(pdf.Contains("doi:" + reference.Doi), reference.Doi);
            Assert.Contains(reference.DoiUrl!, targets);
        }
    }

    [Fact]
    public void Every_citation_link_jumps_to_the_page_of_its_reference()
    {
        using var pdf = seed.Read();
        var entryPages = seed.Report.References.ToDictionary(r => r.Number, r => Assert.Single(pdf.PagesContaining($"{r.Number}. {r.Authors}. {r.Title}")));
        var links = pdf.Links().Where(l => l.Link.Action is GoToAction).ToList();
        Assert.True(links.Count > 100, $"{links.Count} internal links");
        foreach (var (page, link) in links)
        {
            var number = int.Parse(pdf.TextUnder(page, link), CultureInfo.InvariantCulture);
            Assert.Equal(entryPages[number], ((GoToAction)link.Action!).Destination.PageNumber);
        }
    }

    [Fact]
    public void Nothing_is_drawn_outside_the_margins() => PdfMarginTests.AssertInsideMargins(seed);

    [Fact]
    public void Two_builds_of_the_review_give_the_same_bytes()
    {
        var build = ReportBuilder.Build(SeedReport.Load(), new BuildOptions(OutputFormat.Pdf));
        Assert.True(build.Succeeded);
        Assert.Empty(build.Diagnostics);
        Assert.Equal(seed.Result.Pdf, Assert.Single(build.Files).Content);
    }
}

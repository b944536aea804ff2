using ExoReport.Build;
using ExoReport.Synthesis;
using ExoReport.Tests.Support;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ExoReport.Tests.Pdf;

/// <summary>The PDF shows what the Markdown shows: the same sections in the same order, texts and citation numbers.</summary>
public class PdfContentTests(SampleReport sample) : IClassFixture<SampleReport>
{
    [Fact]
    public void The_page_count_is_the_number_of_pages_in_the_file()
    {
        using var pdf = sample.Read();
        Assert.Equal(sample.Result.PageCount, pdf.Pages.Count);
        Assert.InRange(pdf.Pages.Count, 2, 4);
        Assert.Empty(sample.Result.Warnings);
    }

    [Fact]
    public void Every_heading_of_the_markdown_report_appears_in_the_same_order()
    {
        var markdown = ReportBuilder.Build(SampleEvidence.Create(), new BuildOptions(OutputFormat.Markdown | OutputFormat.Figures)).Text("report.md");
        var headings = Markdown.Parse(markdown).Descendants<HeadingBlock>()
            .Select(h => string.Concat(h.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString())))
            .ToList();
        Assert.Contains("Table 1. Summary table", headings);
        Assert.Contains("References", headings);

        using var pdf = sample.Read();
        var at = 0;
        foreach (var heading in headings)
        {
            var found = pdf.AllText.IndexOf(PdfReading.Compact(heading), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"heading '{heading}' missing or out of order");
            at = found + PdfReading.Compact(heading).Length;
        }
    }

    [Fact]
    public void The_title_block_prints_the_counts_as_the_markdown_does()
    {
        using var pdf = sample.Read();
        Assert.True(pdf.Contains("Evidence base: 3 studies (2 in Table 1), 2 cell sources, 2 mechanism categories, 2 delivery routes, 1 species, 4 references."));
        Assert.True(pdf.Contains("Comparative evidence report on spinal cord injury (SCI). Report date: 2025-06-30."));
        Assert.True(pdf.Contains("Ann Author, Ben Writer"));
        Assert.True(pdf.Contains("Keywords: exosomes"));
    }

    [Fact]
    public void Every_table1_source_appears_with_its_citation_numbers_and_every_item_of_its_cells()
    {
        using var pdf = sample.Read();
        foreach (var row in sample.Report.Table1.Rows)
        {
            Assert.True(pdf.Contains(row.Source + row.Citation.Text), $"source '{row.Source}' with citation {row.Citation.Text}");
            foreach (var item in row.Mechanisms.Concat(row.Delivery).Concat(row.Limitations))
                Assert.True(pdf.Contains(item), item);
        }
        foreach (var header in sample.Report.Table1.Headers)
            Assert.True(pdf.Contains(header), header);
    }

    [Fact]
    public void Every_reference_appears_with_its_number_title_and_doi()
    {
        using var pdf = sample.Read();
        Assert.Equal(4, sample.Report.References.Count);
        foreach (var reference in sample.Report.References)
        {
            Assert.True(pdf.Contains($"{reference.Number}. {reference.Authors}. {reference.Title}"), reference.Id);
            Assert.True(pdf.Contains("doi:" + reference.Doi), reference.Doi);
        }
    }

    [Fact]
    public void The_other_sections_print_their_tables_and_sentences()
    {
        using var pdf = sample.Read();
        var report = sample.Report;
        Assert.True(pdf.Contains("1 [41]"), "evidence matrix cell");
        Assert.True(pdf.Contains("2 [39,43]"), "evidence matrix cell");
        Assert.True(pdf.Contains(TextDefaults.Missing));
        Assert.True(pdf.Contains("No study in the evidence reports this mechanism."));
        Assert.True(pdf.Contains("Sources with no study here: M2 macrophage."));
        Assert.True(pdf.Contains("Systemic delivery: 2 studies; local delivery: 1 studies; route not reported: 0 studies."));
        Assert.True(pdf.Contains("loading efficiency: 17.13 ± 1.64%"));
        Assert.True(pdf.Contains(report.Clinical[0].Population));
        Assert.True(pdf.Contains("How often each limitation theme occurs across the studies (a study counts once per theme)."));
        foreach (var theme in report.Limitations)
            Assert.True(pdf.Contains(theme.Label + theme.Studies + theme.Mentions + theme.Citation.Text), theme.Label);
    }

    [Fact]
    public void Every_figure_is_drawn_as_vectors_with_its_numbered_caption()
    {
        using var pdf = sample.Read();
        var figure = Assert.Single(sample.Report.Figures);
        Assert.True(pdf.Contains($"Figure {figure.Number}. {figure.Caption}"));
        // The chart's own title is text on the page, not pixels of an image.
        var page = Assert.Single(pdf.PagesContaining("Evidence map: cell sources × mechanisms of repair"));
        Assert.Empty(pdf.Pages[page - 1].GetImages());
    }

    [Fact]
    public void The_document_information_comes_from_the_report_with_the_review_date()
    {
        using var pdf = sample.Read();
        var info = pdf.Document.Information;
        Assert.Equal("A review", info.Title);
        Assert.Equal("Ann Author, Ben Writer", info.Author);
        Assert.Equal("spinal cord injury", info.Subject);
        Assert.Equal("exosomes", info.Keywords);
        Assert.Equal("ExoReport", info.Creator);
        Assert.Equal("ExoReport", info.Producer);
        Assert.Equal(new DateTimeOffset(2025, 6, 30, 0, 0, 0, TimeSpan.Zero), info.GetCreatedDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2025, 6, 30, 0, 0, 0, TimeSpan.Zero), info.GetModifiedDateTimeOffset());
    }

    [Fact]
    public void Every_page_has_the_short_title_in_its_header_and_page_x_of_y_in_its_footer()
    {
        using var pdf = sample.Read();
        var count = pdf.Pages.Count;
        var margins = sample.Options.Margins;
        for (var page = 1; page <= count; page++)
        {
            var height = pdf.Pages[page - 1].Height;
            var header = pdf.Find(page, "A review");
            Assert.NotEmpty(header);
            Assert.InRange(header[0].BoundingBox.Top, height - margins.Top - 12, height - margins.Top + 0.5);
            var footer = pdf.Find(page, $"Page {page} of {count}");
            Assert.NotEmpty(footer);
            Assert.InRange(footer[0].BoundingBox.Bottom, margins.Bottom - 0.5, margins.Bottom + 12);
        }
    }
}

namespace ExoReport.Tests.Pdf;

/// <summary>A 300-row Table 1 across many pages: the header repeats, no row is lost, doubled or cut.</summary>
public class PdfLargeTable1Tests(LargeReport large) : IClassFixture<LargeReport>
{
    private const string Header = "Cellular Resource of Exosomes";

    [Fact]
    public void The_table_spans_many_pages_and_the_page_count_matches_the_file()
    {
        using var pdf = large.Read();
        Assert.Equal(large.Result.PageCount, pdf.Pages.Count);
        var (first, last) = Table1Pages(pdf);
        Assert.True(last - first >= 10, $"Table 1 spans pages {first}–{last}");
        Assert.Empty(large.Result.Warnings);
    }

    [Fact]
    public void The_header_row_repeats_on_every_page_the_table_spans_under_a_continued_caption()
    {
        using var pdf = large.Read();
        var (first, last) = Table1Pages(pdf);
        for (var page = first; page <= last; page++)
        {
            var headers = pdf.Find(page, Header);
            Assert.True(headers.Count > 0, $"no header row on page {page}");
            // The header is above every row of the page.
            var row = Enumerable.Range(1, LargeReport.Rows).Select(r => pdf.Find(page, SyntheticEvidence.RowMarker(r))).FirstOrDefault(l => l.Count > 0);
            Assert.NotNull(row);
            Assert.True(headers[0].StartBaseLine.Y > row[0].StartBaseLine.Y, $"header below a row on page {page}");
            if (page > first)
            {
                var caption = pdf.Find(page, "Table 1 (continued)");
                Assert.True(caption.Count > 0, $"no continuation caption on page {page}");
                Assert.True(caption[0].StartBaseLine.Y > headers[0].StartBaseLine.Y);
            }
            else
            {
                Assert.Empty(pdf.Find(page, "Table 1 (continued)"));
            }
        }
    }

    [Fact]
    public void Every_row_appears_exactly_once_and_in_order()
    {
        using var pdf = large.Read();
        var previous = -1;
        for (var row = 1; row <= LargeReport.Rows; row++)
        {
            var marker = SyntheticEvidence.RowMarker(row);
            Assert.Equal(1, pdf.Occurrences(marker));
            var at = pdf.AllText.IndexOf(PdfReading.Compact(marker), StringComparison.Ordinal);
            Assert.True(at > previous, $"row {row} out of order");
            previous = at;
        }
    }

    [Fact]
    public void Rows_are_moved_whole_to_the_next_page_not_split()
    {
        using var pdf = large.Read();
        foreach (var row in large.Report.Table1.Rows)
        {
            // A row's first and last items are on the same page: rows this short are never split.
            var firstItem = Assert.Single(pdf.PagesContaining(row.Source + row.Citation.Text + row.Mechanisms[0]));
            var lastItem = pdf.PagesContaining(row.Limitations[^1]);
            Assert.Contains(firstItem, lastItem);
        }
    }

    [Fact]
    public void Every_reference_doi_is_printed_and_linked()
    {
        using var pdf = large.Read();
        var targets = pdf.UriTargets().ToHashSet();
        Assert.Equal(LargeReport.Rows + 1, large.Report.References.Count);
        foreach (var reference in large.Report.References)
        {
            Assert.True(pdf.Contains("doi:" + reference.Doi), reference.Doi);
            Assert.Contains(reference.DoiUrl!, targets);
        }
    }

    private static (int First, int Last) Table1Pages(PdfReading pdf)
    {
        var first = pdf.PagesContaining(SyntheticEvidence.RowMarker(1)).Single();
        var last = pdf.PagesContaining(SyntheticEvidence.RowMarker(LargeReport.Rows)).Single();
        return (first, last);
    }
}

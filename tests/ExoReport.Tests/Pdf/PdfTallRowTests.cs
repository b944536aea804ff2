using ExoReport.Tests.Support;

namespace ExoReport.Tests.Pdf;

/// <summary>A Table 1 row taller than a page is split across pages; nothing of it is lost or drawn twice.</summary>
public class PdfTallRowTests
{
    private const int Findings = 140;

    private static string Finding(int i) => $"Tall finding {i:000}";

    [Fact]
    public void A_row_taller_than_a_page_is_split_and_each_item_is_printed_once()
    {
        var sample = SampleEvidence.Create();
        var studies = sample.Studies
            .Select(s => s.Id == "s1" ? s with { Findings = Enumerable.Range(1, Findings).Select(Finding).ToList(), Effect = "One effect." } : s)
            .ToList();
        var report = new RenderedReport(sample with { Studies = studies });

        using var pdf = report.Read();
        var first = Assert.Single(pdf.PagesContaining(Finding(1)));
        var last = Assert.Single(pdf.PagesContaining(Finding(Findings)));
        Assert.True(last > first, "the row continues on the next page");
        for (var i = 1; i <= Findings; i++)
            Assert.Equal(1, pdf.Occurrences(Finding(i)));
        // The row's short cells were finished on the first page and are not drawn again.
        var row = report.Report.Table1.Rows.Single(r => r.StudyId == "s1");
        Assert.Equal(1, pdf.Occurrences(row.Source + row.Citation.Text));
        for (var page = first; page <= last; page++)
            Assert.True(pdf.Find(page, "Cellular Resource of Exosomes").Count > 0, $"header on page {page}");
        Assert.True(pdf.Find(last, "Table 1 (continued)").Count > 0);
    }
}

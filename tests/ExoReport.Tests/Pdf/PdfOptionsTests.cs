using ExoReport.Layout;
using ExoReport.Tests.Support;
using ExoReport.Writers.Pdf;

namespace ExoReport.Tests.Pdf;

public class PdfOptionsTests
{
    [Fact]
    public void Pages_are_a4_by_default_and_letter_on_request()
    {
        var a4 = new SampleReport();
        var letter = new RenderedReport(SampleEvidence.Create(), new PdfReportOptions { PageSize = PageSize.Letter });
        using (var pdf = a4.Read())
            Assert.All(pdf.Pages, p => Assert.Equal((595d, 842d), (p.Width, p.Height)));
        using (var pdf = letter.Read())
            Assert.All(pdf.Pages, p => Assert.Equal((612d, 792d), (p.Width, p.Height)));
        PdfMarginTests.AssertInsideMargins(letter);
    }

    [Fact]
    public void Body_text_is_serif_and_tables_are_sans_from_the_embedded_fonts()
    {
        using var pdf = new SampleReport().Read();
        var title = pdf.Find(1, "Evidence base:");
        Assert.All(title, l => Assert.Contains("DejaVuSerif", l.FontName));
        var header = pdf.Find(1, "Cellular Resource of Exosomes");
        Assert.All(header, l => Assert.Contains("DejaVuSans", l.FontName));
    }

    [Fact]
    public void A_font_folder_may_supply_the_families()
    {
        var options = new PdfReportOptions { FontDirectory = RepositoryPaths.File("fonts"), BodyFontFamily = "DejaVu Serif", TableFontFamily = "DejaVu Sans" };
        var report = new RenderedReport(SampleEvidence.Create(), options);
        Assert.Empty(report.Result.Warnings);
        using var pdf = report.Read();
        Assert.True(pdf.Contains("Table 1. Summary table"));
    }

    [Fact]
    public void A_family_the_folder_does_not_hold_falls_back_to_the_embedded_one_with_a_warning()
    {
        var options = new PdfReportOptions { FontDirectory = RepositoryPaths.File("fonts"), BodyFontFamily = "No Such Serif" };
        var report = new RenderedReport(SampleEvidence.Create(), options);
        var warning = Assert.Single(report.Result.Warnings);
        Assert.Equal(PdfReportWarningKind.FontFallback, warning.Kind);
        Assert.Contains("No Such Serif", warning.Message);
        using var pdf = report.Read();
        Assert.Contains("DejaVuSerif", pdf.Find(1, "Evidence base:")[0].FontName);
    }

    [Fact]
    public void A_character_no_embedded_font_has_is_a_missing_glyph_warning_not_a_machine_font()
    {
        var evidence = SampleEvidence.Create();
        evidence = evidence with { Report = evidence.Report with { Table1Caption = "Summary 漢" } };
        var report = new RenderedReport(evidence);
        var warning = Assert.Single(report.Result.Warnings);
        Assert.Equal(PdfReportWarningKind.MissingGlyph, warning.Kind);
        Assert.Contains("U+6F22", warning.Message);
    }

    [Fact]
    public void A_missing_character_in_the_title_is_reported_once_though_every_header_shows_it()
    {
        var evidence = SampleEvidence.Create();
        evidence = evidence with { Review = evidence.Review with { Title = "A review 漢" } };
        var report = new RenderedReport(evidence);
        Assert.True(report.Result.PageCount > 1);
        Assert.All(report.Result.Warnings, w => Assert.Equal(PdfReportWarningKind.MissingGlyph, w.Kind));
        Assert.Equal(report.Result.Warnings.Count, report.Result.Warnings.Distinct().Count());
        // The title block and the header are two elements: at most one warning each.
        Assert.InRange(report.Result.Warnings.Count, 1, 2);
    }

    [Fact]
    public void Long_titles_are_cut_at_a_word_in_the_header()
    {
        var title = string.Join(" ", Enumerable.Repeat("Exosomes", 15));
        var shortTitle = PageFurniture.ShortTitle(title);
        Assert.True(shortTitle.Length <= 80);
        Assert.EndsWith("Exosomes…", shortTitle);
        Assert.Equal("How Advanced Are Exosomes?", PageFurniture.ShortTitle("How Advanced Are Exosomes?"));
    }
}

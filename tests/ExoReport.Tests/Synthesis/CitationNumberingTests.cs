using ExoReport.Synthesis;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Synthesis;

public class CitationNumberingTests
{
    [Fact]
    public void Source_numbering_keeps_the_manuscript_numbers()
    {
        var evidence = SampleEvidence.Create();
        var report = ReportSynthesizer.Synthesize(evidence, NumberingMode.Source).Report!;
        Assert.Equal([39], report.Table1.Rows[0].Citation.Numbers);
        Assert.Equal([41], report.Table1.Rows[1].Citation.Numbers);
        Assert.Equal([12, 39, 41, 43], report.References.Select(r => r.Number));
    }

    [Fact]
    public void Appearance_numbering_follows_first_citation_in_report_order()
    {
        var report = ReportSynthesizer.Synthesize(SampleEvidence.Create(), NumberingMode.Appearance).Report!;
        // Table 1 cites a2020 (row 1) then b2021 (row 2); the matrix then meets c2022; the trial cites d2019 last.
        Assert.Equal(["a2020", "b2021", "c2022", "d2019"], report.References.Select(r => r.Id));
        Assert.Equal([1, 2, 3, 4], report.References.Select(r => r.Number));
        Assert.Equal([1], report.Table1.Rows[0].Citation.Numbers);
    }

    [Fact]
    public void Uncited_references_are_numbered_after_the_cited_ones()
    {
        var references = new[] { SampleEvidence.Ref("zz1999", null, 1999), SampleEvidence.Ref("a2020", null, 2020),
            SampleEvidence.Ref("b2021", null, 2021), SampleEvidence.Ref("c2022", null, 2022), SampleEvidence.Ref("d2019", null, 2019) };
        var report = ReportSynthesizer.Synthesize(SampleEvidence.Create(references), NumberingMode.Auto).Report!;
        Assert.Equal("zz1999", report.References[^1].Id);
        Assert.Equal(5, report.References[^1].Number);
    }

    [Fact]
    public void Source_numbering_without_numbers_is_a_diagnostic_not_a_guess()
    {
        var references = new[] { SampleEvidence.Ref("a2020", 39, 2020), SampleEvidence.Ref("b2021", null, 2021),
            SampleEvidence.Ref("c2022", 43, 2022), SampleEvidence.Ref("d2019", 12, 2019) };
        var result = ReportSynthesizer.Synthesize(SampleEvidence.Create(references), NumberingMode.Source);
        Assert.Null(result.Report);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("EXO070", diagnostic.Code);
        Assert.Contains("b2021", diagnostic.Message);
    }

    [Fact]
    public void Auto_falls_back_to_appearance_when_a_number_is_missing()
    {
        var references = new[] { SampleEvidence.Ref("a2020", 39, 2020), SampleEvidence.Ref("b2021", null, 2021),
            SampleEvidence.Ref("c2022", 43, 2022), SampleEvidence.Ref("d2019", 12, 2019) };
        var report = ReportSynthesizer.Synthesize(SampleEvidence.Create(references), NumberingMode.Auto).Report!;
        Assert.Equal([1, 2, 3, 4], report.References.Select(r => r.Number));
    }
}

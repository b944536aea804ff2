using ExoReport.Build;
using ExoReport.Tests.Support;
using ExoReport.Writers.Pdf;

namespace ExoReport.Tests.Pdf;

public class PdfDeterminismTests(SampleReport sample) : IClassFixture<SampleReport>
{
    [Fact]
    public void Writing_the_same_report_twice_gives_the_same_bytes()
    {
        var again = PdfReportWriter.Write(sample.Report);
        Assert.Equal(sample.Result.Pdf, again.Pdf);
    }

    [Fact]
    public void Two_builds_of_the_same_evidence_give_the_same_report_pdf()
    {
        var options = new BuildOptions(OutputFormat.Pdf);
        var first = ReportBuilder.Build(SampleEvidence.Create(), options);
        var second = ReportBuilder.Build(SampleEvidence.Create(), options);
        var a = Assert.Single(first.Files, f => f.RelativePath == "report.pdf").Content;
        var b = Assert.Single(second.Files, f => f.RelativePath == "report.pdf").Content;
        Assert.Equal(a, b);
        Assert.Equal(sample.Result.Pdf, a);
    }
}

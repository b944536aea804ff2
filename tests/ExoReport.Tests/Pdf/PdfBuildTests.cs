using ExoReport.Build;
using ExoReport.Diagnostics;
using ExoReport.Layout;
using ExoReport.Synthesis;
using ExoReport.Tests.Support;
using ExoReport.Writers.Pdf;

namespace ExoReport.Tests.Pdf;

/// <summary>The build writes report.pdf when asked, and turns layout failures and warnings into diagnostics.</summary>
public class PdfBuildTests
{
    [Fact]
    public void A_pdf_build_writes_report_pdf_and_reports_progress()
    {
        var steps = new List<string>();
        var result = ReportBuilder.Build(SampleEvidence.Create(), new BuildOptions(OutputFormat.Pdf), new SynchronousProgress(steps));

        Assert.True(result.Succeeded);
        var file = Assert.Single(result.Files);
        Assert.Equal("report.pdf", file.RelativePath);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(file.Content, 0, 5));
        Assert.Contains("pdf", steps);
    }

    [Fact]
    public void Other_formats_do_not_write_a_pdf()
    {
        var result = ReportBuilder.Build(SampleEvidence.Create(), new BuildOptions(OutputFormat.Markdown));
        Assert.DoesNotContain(result.Files, f => f.RelativePath == "report.pdf");
    }

    [Fact]
    public void A_missing_glyph_is_a_warning_diagnostic_and_the_pdf_is_still_written()
    {
        var evidence = SampleEvidence.Create();
        evidence = evidence with { Report = evidence.Report with { Table1Caption = "Summary 漢" } };
        var result = ReportBuilder.Build(evidence, new BuildOptions(OutputFormat.Pdf));

        Assert.True(result.Succeeded);
        Assert.Single(result.Files);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, "EXO091"), (warning.Severity, warning.Code));
        Assert.Contains("U+6F22", warning.Message);
        Assert.Equal("sample.yaml", warning.Where.File);
    }

    [Fact]
    public void A_layout_failure_is_an_error_diagnostic_naming_the_problem_not_a_crash()
    {
        var report = ReportSynthesizer.Synthesize(SampleEvidence.Create(), NumberingMode.Auto).Report!;
        var (file, diagnostics) = PdfBuildStep.Run(report, "sample.yaml", new PdfReportOptions { Margins = Margins.All(320) });

        Assert.Null(file);
        var error = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, "EXO090"), (error.Severity, error.Code));
        Assert.Contains("report.pdf", error.Message);
        Assert.Contains("margins", error.Message);
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the build's steps must be recorded as they happen.</summary>
    private sealed class SynchronousProgress(List<string> steps) : IProgress<string>
    {
        public void Report(string value) => steps.Add(value);
    }
}

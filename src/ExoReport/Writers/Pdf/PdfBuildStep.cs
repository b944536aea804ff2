using ExoReport.Build;
using ExoReport.Diagnostics;
using ExoReport.Layout;
using ExoReport.Synthesis.Model;
using ExoReport.Writers.Charts;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// The PDF step of a build: report.pdf, or an EXO090 error naming the element that could not be laid out;
/// the writer's warnings (missing glyphs, font fallbacks) become EXO091 warnings.
/// </summary>
public static class PdfBuildStep
{
    public const string FileName = "report.pdf";
    public const string LayoutErrorCode = BuildCodes.PdfLayout;
    public const string WarningCode = BuildCodes.PdfWarning;

    /// <param name="charts">The build's charts, shared with its figure files (null: the PDF renders its own).</param>
    public static (OutputFile? File, IReadOnlyList<Diagnostic> Diagnostics) Run(Report report, string evidencePath, PdfReportOptions? options = null, ChartRenders? charts = null)
    {
        var where = SourceSpan.None(evidencePath);
        try
        {
            var result = PdfReportWriter.Write(report, options, charts);
            var warnings = result.Warnings
                .Select(w => new Diagnostic(where, Severity.Warning, WarningCode, $"{FileName}: {w.Message}"))
                .ToList();
            return (new OutputFile(FileName, result.Pdf), warnings);
        }
        catch (LayoutException e)
        {
            return (null, [new Diagnostic(where, Severity.Error, LayoutErrorCode, $"{FileName} cannot be laid out: {e.Message}")]);
        }
    }
}

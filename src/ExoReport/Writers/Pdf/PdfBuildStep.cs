using ExoReport.Build;
using ExoReport.Diagnostics;
using ExoReport.Layout;
using ExoReport.Synthesis.Model;

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

    public static (OutputFile? File, IReadOnlyList<Diagnostic> Diagnostics) Run(Report report, string evidencePath, PdfReportOptions? options = null)
    {
        var where = SourceSpan.None(evidencePath);
        try
        {
            var result = PdfReportWriter.Write(report, options);
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

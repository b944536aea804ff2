using ExoReport.Diagnostics;
using ExoReport.Evidence.Model;
using ExoReport.Synthesis;
using ExoReport.Writers.Latex;
using ExoReport.Writers.Markdown;
using ExoReport.Writers.Pdf;
using ExoReport.Writers.Templates;

namespace ExoReport.Build;

/// <summary>
/// Builds every requested output in memory: synthesis once, then each writer. Nothing touches the disk here,
/// so a failed build can never leave half-written outputs (see <see cref="OutputWriter"/>).
/// </summary>
public static class ReportBuilder
{
    public static BuildResult Build(EvidenceFile evidence, BuildOptions options, IProgress<string>? progress = null)
    {
        progress?.Report("synthesis");
        var synthesis = ReportSynthesizer.Synthesize(evidence, options.Numbering);
        if (synthesis.Report is null)
            return new BuildResult([], synthesis.Diagnostics);

        if ((options.Formats & (OutputFormat.Figures | OutputFormat.Pdf)) != 0 && FigureBudget.Problem(synthesis.Report.Figures) is { } tooMuch)
            return new BuildResult([], [new Diagnostic(SourceSpan.None(evidence.Path), Severity.Error, BuildCodes.FiguresTooLarge, tooMuch)]);

        var templates = new TemplateSet(options.TemplatesDirectory);
        var data = new Dictionary<string, object?>
        {
            ["report"] = ScriptDataConverter.Convert(synthesis.Report),
            ["build"] = ScriptDataConverter.Convert(new Dictionary<string, object?>
            {
                ["figures"] = options.Formats.HasFlag(OutputFormat.Figures),
            }),
        };
        var files = new List<OutputFile>();
        try
        {
            if (options.Formats.HasFlag(OutputFormat.Markdown))
            {
                progress?.Report("markdown");
                files.AddRange(new TemplatedFormatWriter("markdown", "md", MarkdownTemplateFunctions.Create()).Write(templates, data));
            }
            if (options.Formats.HasFlag(OutputFormat.Latex))
            {
                progress?.Report("latex");
                files.AddRange(new TemplatedFormatWriter("latex", "tex", LatexTemplateFunctions.Create(), LatexLineWrapper.Wrap).Write(templates, data));
            }
            if (options.Formats.HasFlag(OutputFormat.Figures))
            {
                progress?.Report("figures");
                files.AddRange(FigureFiles.Render(synthesis.Report.Figures));
            }
        }
        catch (TemplateError e)
        {
            return new BuildResult([], [e.Diagnostic]);
        }
        var diagnostics = synthesis.Diagnostics.ToList();
        if (options.Formats.HasFlag(OutputFormat.Pdf))
        {
            progress?.Report("pdf");
            if (!AddPdf(synthesis.Report, evidence.Path, options.Pdf, files, diagnostics))
                return new BuildResult([], diagnostics);
        }
        return new BuildResult(files, diagnostics);
    }

    /// <summary>Adds report.pdf and the PDF's warnings; false (with an EXO090 error) when it cannot be laid out.</summary>
    private static bool AddPdf(Synthesis.Model.Report report, string evidencePath, PdfReportOptions? pdfOptions, List<OutputFile> files, List<Diagnostic> diagnostics)
    {
        var (file, pdfDiagnostics) = PdfBuildStep.Run(report, evidencePath, pdfOptions);
        diagnostics.AddRange(pdfDiagnostics);
        if (file is null)
            return false;
        files.Add(file);
        return true;
    }
}

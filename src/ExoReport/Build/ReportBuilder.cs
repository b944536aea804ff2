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
        var report = synthesis.Report;
        // Each template run gets its own copy of the data, so one format's template can never see (or race with)
        // what another's did to it.
        Dictionary<string, object?> Data() => new()
        {
            ["report"] = ScriptDataConverter.Convert(report),
            ["build"] = ScriptDataConverter.Convert(new Dictionary<string, object?>
            {
                ["figures"] = options.Formats.HasFlag(OutputFormat.Figures),
            }),
        };
        // The writers share nothing but the (immutable) report, so they run side by side: a cold build spends
        // much of its time loading and compiling code, which a second core can do at the same time. Files and
        // diagnostics are still gathered in the one fixed order, so the result is the same as one after another.
        var markdown = Start(options, OutputFormat.Markdown, "markdown", progress,
            () => new TemplatedFormatWriter("markdown", "md", MarkdownTemplateFunctions.Create()).Write(templates, Data()));
        var latex = Start(options, OutputFormat.Latex, "latex", progress,
            () => new TemplatedFormatWriter("latex", "tex", LatexTemplateFunctions.Create(), LatexLineWrapper.Wrap).Write(templates, Data()));
        var figures = Start(options, OutputFormat.Figures, "figures", progress,
            () => FigureFiles.Render(report.Figures).ToList());
        var pdf = options.Formats.HasFlag(OutputFormat.Pdf)
            ? StartPdf(report, evidence.Path, options.Pdf, progress)
            : null;

        var files = new List<OutputFile>();
        try
        {
            foreach (var writer in new[] { markdown, latex, figures })
            {
                if (writer is not null)
                    files.AddRange(writer.GetAwaiter().GetResult());
            }
        }
        catch (TemplateError e)
        {
            pdf?.Wait();
            return new BuildResult([], [e.Diagnostic]);
        }
        var diagnostics = synthesis.Diagnostics.ToList();
        if (pdf is not null)
        {
            var (file, pdfDiagnostics) = pdf.GetAwaiter().GetResult();
            diagnostics.AddRange(pdfDiagnostics);
            if (file is null)
                return new BuildResult([], diagnostics);
            files.Add(file);
        }
        return new BuildResult(files, diagnostics);
    }

    private static Task<IReadOnlyList<OutputFile>>? Start(BuildOptions options, OutputFormat format, string stage, IProgress<string>? progress,
        Func<IReadOnlyList<OutputFile>> write)
    {
        if (!options.Formats.HasFlag(format))
            return null;
        progress?.Report(stage);
        return Task.Run(write);
    }

    /// <summary>report.pdf and the PDF's warnings; no file (with an EXO090 error) when it cannot be laid out.</summary>
    private static Task<(OutputFile? File, IReadOnlyList<Diagnostic> Diagnostics)> StartPdf(Synthesis.Model.Report report, string evidencePath, PdfReportOptions? pdfOptions, IProgress<string>? progress)
    {
        progress?.Report("pdf");
        return Task.Run(() => PdfBuildStep.Run(report, evidencePath, pdfOptions));
    }
}

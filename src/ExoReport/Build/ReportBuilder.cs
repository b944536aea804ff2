using ExoReport.Diagnostics;
using ExoReport.Evidence.Model;
using ExoReport.Synthesis;
using ExoReport.Writers.Charts;
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
    /// <param name="figureCache">
    /// Charts kept from the previous build of a running process (<c>exoreport watch</c>): unchanged charts are not
    /// rendered again. Null: this build renders its charts and releases them.
    /// </param>
    public static BuildResult Build(EvidenceFile evidence, BuildOptions options, IProgress<string>? progress = null, FigureCache? figureCache = null)
    {
        progress?.Report("synthesis");
        var synthesis = ReportSynthesizer.Synthesize(evidence, options.Numbering);
        if (synthesis.Report is null)
            return new BuildResult([], synthesis.Diagnostics);

        if ((options.Formats & (OutputFormat.Figures | OutputFormat.Pdf)) != 0 && FigureBudget.Problem(synthesis.Report.Figures) is { } tooMuch)
            return new BuildResult([], [new Diagnostic(SourceSpan.None(evidence.Path), Severity.Error, BuildCodes.FiguresTooLarge, tooMuch)]);

        var report = synthesis.Report;
        // The figure files and the PDF draw the same charts: each chart is built and rendered once, for both.
        using var charts = (options.Formats & (OutputFormat.Figures | OutputFormat.Pdf)) == 0
            ? null
            : figureCache?.StartBuild() ?? new ChartRenders();
        // Three independent jobs run side by side: the text formats, the figures and the PDF share nothing but
        // the immutable report (and the charts, which lock), and a cold build spends much of its time loading and
        // compiling code, which a second core can do meanwhile. Markdown and LaTeX stay one after the other on one
        // copy of the template data, as before. Files and diagnostics are gathered in the one fixed order: the
        // result is the same.
        // Past a few thousand studies each writer's working set is hundreds of megabytes and side by side they
        // add up (10,000 studies: 1.3 GiB at peak), so a report that large is written one format after another.
        var sideBySide = report.Table1.Rows.Count <= SideBySideRowLimit;
        var text = options.Formats.HasFlag(OutputFormat.Markdown) || options.Formats.HasFlag(OutputFormat.Latex)
            ? Start(sideBySide, () => WriteText(report, options))
            : null;
        var figures = options.Formats.HasFlag(OutputFormat.Figures)
            ? Start(sideBySide, () => (IReadOnlyList<OutputFile>)FigureFiles.Render(report.Figures, charts!).ToList())
            : null;
        var pdf = options.Formats.HasFlag(OutputFormat.Pdf)
            ? Start(sideBySide, () => PdfBuildStep.Run(report, evidence.Path, options.Pdf, charts))
            : null;
        try
        {
            return Gather(synthesis.Diagnostics, text, figures, pdf, options, progress);
        }
        finally
        {
            // The charts are released when this method returns: no job may still be drawing them (a failed job
            // ends the build early; the others may still run).
            WaitQuietly(text);
            WaitQuietly(figures);
            WaitQuietly(pdf);
        }
    }

    /// <summary>Waits for a job to end; its result or its exception is <see cref="Gather"/>'s to report.</summary>
    private static void WaitQuietly(Task? job)
    {
        try
        {
            job?.Wait();
        }
        catch (AggregateException)
        {
        }
    }

    private static BuildResult Gather(
        IReadOnlyList<Diagnostic> synthesisDiagnostics,
        Task<IReadOnlyList<OutputFile>>? text,
        Task<IReadOnlyList<OutputFile>>? figures,
        Task<(OutputFile? File, IReadOnlyList<Diagnostic> Diagnostics)>? pdf,
        BuildOptions options,
        IProgress<string>? progress)
    {
        // Stages are reported here, on the caller's thread, in the order they used to run.
        if (options.Formats.HasFlag(OutputFormat.Markdown))
            progress?.Report("markdown");
        if (options.Formats.HasFlag(OutputFormat.Latex))
            progress?.Report("latex");
        if (figures is not null)
            progress?.Report("figures");
        if (pdf is not null)
            progress?.Report("pdf");

        var files = new List<OutputFile>();
        try
        {
            foreach (var writer in new[] { text, figures })
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
        var diagnostics = synthesisDiagnostics.ToList();
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

    /// <summary>Reports with more Table 1 rows than this are written one format at a time (see <see cref="Build"/>).</summary>
    public const int SideBySideRowLimit = 2_000;

    /// <summary>
    /// The work on a thread-pool thread, or done right here when the writers run one after another. Then each
    /// writer's garbage (half a gigabyte for 10,000 studies) is collected and given back before the next starts:
    /// left to the collector's own pace, the next writer's allocations came on top of it and the build's peak went
    /// past 1 GiB.
    /// </summary>
    private static Task<T> Start<T>(bool sideBySide, Func<T> work)
    {
        if (sideBySide)
            return Task.Run(work);
        try
        {
            return Task.FromResult(work());
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
        finally
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>report.md and report.tex with their table fragments, from one conversion of the report to template data.</summary>
    private static IReadOnlyList<OutputFile> WriteText(Synthesis.Model.Report report, BuildOptions options)
    {
        var templates = new TemplateSet(options.TemplatesDirectory);
        var data = new Dictionary<string, object?>
        {
            ["report"] = ScriptDataConverter.Convert(report),
            ["build"] = ScriptDataConverter.Convert(new Dictionary<string, object?>
            {
                ["figures"] = options.Formats.HasFlag(OutputFormat.Figures),
            }),
        };
        var files = new List<OutputFile>();
        if (options.Formats.HasFlag(OutputFormat.Markdown))
        {
            files.AddRange(new TemplatedFormatWriter("markdown", "md", MarkdownTemplateFunctions.Create()).Write(templates, data));
        }
        if (options.Formats.HasFlag(OutputFormat.Latex))
        {
            files.AddRange(new TemplatedFormatWriter("latex", "tex", LatexTemplateFunctions.Create(), LatexLineWrapper.Wrap).Write(templates, data));
        }
        return files;
    }
}

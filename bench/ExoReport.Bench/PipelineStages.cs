using ExoReport.Build;
using ExoReport.Evidence;
using ExoReport.Evidence.Model;
using ExoReport.Synthesis;
using ExoReport.Synthesis.Model;
using ExoReport.Writers.Charts;
using ExoReport.Writers.Latex;
using ExoReport.Writers.Markdown;
using ExoReport.Writers.Pdf;
using ExoReport.Writers.Templates;

namespace ExoReport.Bench;

/// <summary>
/// The build's stages one at a time, the way <see cref="ReportBuilder"/> chains them, so each can be timed alone.
/// Every method returns what it made, so nothing is optimised away.
/// </summary>
public static class PipelineStages
{
    public static EvidenceFile Load(EvidenceSource source) => source.Load();

    public static Report Synthesize(EvidenceFile evidence) =>
        ReportSynthesizer.Synthesize(evidence).Report ?? throw new InvalidOperationException("synthesis failed");

    public static Dictionary<string, object?> TemplateData(Report report) => new()
    {
        ["report"] = ScriptDataConverter.Convert(report),
        ["build"] = ScriptDataConverter.Convert(new Dictionary<string, object?> { ["figures"] = true }),
    };

    public static IReadOnlyList<OutputFile> Markdown(Report report) =>
        new TemplatedFormatWriter("markdown", "md", MarkdownTemplateFunctions.Create()).Write(new TemplateSet(null), TemplateData(report));

    public static IReadOnlyList<OutputFile> Latex(Report report) =>
        new TemplatedFormatWriter("latex", "tex", LatexTemplateFunctions.Create()).Write(new TemplateSet(null), TemplateData(report));

    public static IReadOnlyList<OutputFile> Figures(Report report) => FigureFiles.Render(report.Figures).ToList();

    public static byte[] Pdf(Report report) =>
        PdfBuildStep.Run(report, "bench.yaml").File?.Content ?? throw new InvalidOperationException("the PDF could not be laid out");

    /// <summary>
    /// Table 1 alone as a PDF, with the report's fonts, styles and page: the layout engine on one long table
    /// (10,000 rows for the 10,000-study evidence), without the rest of the report.
    /// </summary>
    public static byte[] Table1Pdf(Report report)
    {
        var options = PdfReportOptions.Default;
        using var fonts = ReportFonts.Load(options);
        var styles = new PdfStyles(fonts.BodyFamily, fonts.TableFamily);
        var settings = new Layout.DocumentSettings(fonts.Set) { PageSize = options.PageSize, Margins = options.Margins };
        var document = new Layout.DocumentBuilder(settings).Content(Table1Section.Compose(report.Table1, styles)).Build();
        return Layout.PdfRenderer.Render(document).Pdf;
    }

    public static BuildResult Build(EvidenceFile evidence, OutputFormat formats, FigureCache? figureCache = null) =>
        ReportBuilder.Build(evidence, new BuildOptions(formats), progress: null, figureCache);
}

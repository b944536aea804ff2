using ExoReport.Build;
using ExoReport.Evidence;
using ExoReport.Evidence.Model;

namespace ExoReport.Tests.Support;

/// <summary>
/// The review's evidence file loaded and its Markdown, LaTeX and figures built once per test run, in memory:
/// many tests read the same outputs, and building them again for each would only slow the suite down.
/// </summary>
public static class ReviewBuild
{
    private static readonly Lazy<EvidenceFile> LazyEvidence = new(() =>
    {
        var loaded = EvidenceLoader.LoadFile(RepositoryPaths.ReviewData, "data/exosomes-sci.yaml");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return loaded.Evidence!;
    });

    private static readonly Lazy<BuildResult> LazyText = new(() => Succeeded(
        ReportBuilder.Build(Evidence, new BuildOptions(OutputFormat.Markdown | OutputFormat.Latex | OutputFormat.Figures))));

    public static EvidenceFile Evidence => LazyEvidence.Value;

    /// <summary>Markdown, LaTeX and figures of the review, default options.</summary>
    public static BuildResult TextAndFigures => LazyText.Value;

    public static BuildResult Succeeded(BuildResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>Writes a build's files under a folder, for tools (pdflatex) that read from disk.</summary>
    public static void WriteTo(BuildResult result, string directory) => OutputWriter.Write(directory, result.Files);
}

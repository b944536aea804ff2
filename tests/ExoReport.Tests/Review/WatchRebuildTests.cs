using ExoReport.Build;
using ExoReport.Evidence.Model;
using ExoReport.Synthesis;
using ExoReport.Synthesis.Model;
using ExoReport.Tests.Support;
using ExoReport.Writers.Charts;
using ExoReport.Writers.Pdf;

namespace ExoReport.Tests.Review;

/// <summary>
/// Rebuilds of the review in one process, as <c>watch</c> runs them: the charts kept from the build before are reused
/// when their content is unchanged, and the outputs are the bytes of a build from scratch.
/// </summary>
public class WatchRebuildTests
{
    private const OutputFormat ChartFormats = OutputFormat.Figures | OutputFormat.Pdf;

    [Fact]
    public void A_rebuild_after_a_text_edit_reuses_every_chart_and_writes_the_bytes_of_a_fresh_build()
    {
        var edited = WithFirstStudy(ReviewBuild.Evidence, s => s with { Findings = ["An edited finding", .. s.Findings.Skip(1)] });
        using var cache = new FigureCache();

        var first = ReviewBuild.Succeeded(ReportBuilder.Build(ReviewBuild.Evidence, new BuildOptions(), figureCache: cache));
        var rebuilt = ReviewBuild.Succeeded(ReportBuilder.Build(edited, new BuildOptions(), figureCache: cache));
        var fresh = ReviewBuild.Succeeded(ReportBuilder.Build(edited, new BuildOptions()));

        var figures = Figures(ReviewBuild.Evidence).Count;
        Assert.Equal(figures, cache.Hits);
        Assert.Equal(figures, cache.Misses);
        AssertSameFiles(fresh, rebuilt);
        // The edit reached the outputs (Table 1 shows findings), and the first cached build matches a build without a cache.
        Assert.NotEqual(File(first, "report.pdf"), File(rebuilt, "report.pdf"));
        AssertSameFiles(ReviewBuild.TextAndFigures, first, f => f.RelativePath.StartsWith("figures/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rebuild_renders_again_only_the_chart_whose_data_changed()
    {
        // The first study's mechanisms feed the evidence map only.
        var study = ReviewBuild.Evidence.Studies[0];
        var mechanism = ReviewBuild.Evidence.Taxonomy.Mechanisms.Select(m => m.Id).First(id => !study.MechanismIds.Contains(id));
        var edited = WithFirstStudy(ReviewBuild.Evidence, s => s with { MechanismIds = [.. s.MechanismIds, mechanism] });
        using var cache = new FigureCache();

        var first = ReviewBuild.Succeeded(ReportBuilder.Build(ReviewBuild.Evidence, new BuildOptions(ChartFormats), figureCache: cache));
        var rebuilt = ReviewBuild.Succeeded(ReportBuilder.Build(edited, new BuildOptions(ChartFormats), figureCache: cache));

        var figures = Figures(ReviewBuild.Evidence).Count;
        Assert.Equal(figures - 1, cache.Hits);
        Assert.Equal(figures + 1, cache.Misses);
        foreach (var file in rebuilt.Files.Where(f => f.RelativePath.StartsWith("figures/", StringComparison.Ordinal)))
        {
            var unchanged = File(first, file.RelativePath).AsSpan().SequenceEqual(file.Content);
            Assert.Equal(!file.RelativePath.StartsWith("figures/evidence-map.", StringComparison.Ordinal), unchanged);
        }
        AssertSameFiles(ReviewBuild.Succeeded(ReportBuilder.Build(edited, new BuildOptions(ChartFormats))), rebuilt);
    }

    [Fact]
    public void A_build_renders_each_chart_six_times_and_a_rebuild_once()
    {
        var report = Report(ReviewBuild.Evidence);
        using var cache = new FigureCache();

        // As ReportBuilder runs them: the figure files and the PDF from one set of charts.
        int[] firstBuild, rebuild;
        using (var charts = cache.StartBuild())
        {
            FigureFiles.Render(report.Figures, charts).ToList();
            Assert.NotNull(PdfBuildStep.Run(report, "review.yaml", null, charts).File);
            firstBuild = report.Figures.Select(f => charts.For(f.Chart).RenderCount).ToArray();
        }
        var again = Report(ReviewBuild.Evidence);
        using (var charts = cache.StartBuild())
        {
            FigureFiles.Render(again.Figures, charts).ToList();
            Assert.NotNull(PdfBuildStep.Run(again, "review.yaml", null, charts).File);
            rebuild = again.Figures.Select(f => charts.For(f.Chart).RenderCount).ToArray();
        }

        // Laying a new plot out renders it twice (on a canvas that draws nothing); then the PNG, the SVG, the figure
        // PDF and the report page once each. The rebuild only draws each chart onto the new report's page.
        Assert.All(firstBuild, renders => Assert.Equal(6, renders));
        Assert.All(rebuild, renders => Assert.Equal(7, renders));
    }

    [Fact]
    public void The_whole_build_side_by_side_renders_each_chart_six_times()
    {
        using var cache = new FigureCache();
        ReviewBuild.Succeeded(ReportBuilder.Build(ReviewBuild.Evidence, new BuildOptions(ChartFormats), figureCache: cache));

        // The charts the build left in the cache, looked up by content.
        using var charts = cache.StartBuild();
        Assert.All(Figures(ReviewBuild.Evidence), f => Assert.Equal(6, charts.For(f.Chart).RenderCount));
    }

    private static Report Report(EvidenceFile evidence) => ReportSynthesizer.Synthesize(evidence).Report!;

    private static IReadOnlyList<FigureEntry> Figures(EvidenceFile evidence) => Report(evidence).Figures;

    private static EvidenceFile WithFirstStudy(EvidenceFile evidence, Func<Study, Study> edit) =>
        evidence with { Studies = [edit(evidence.Studies[0]), .. evidence.Studies.Skip(1)] };

    private static byte[] File(BuildResult result, string path) => result.Files.Single(f => f.RelativePath == path).Content;

    private static void AssertSameFiles(BuildResult expected, BuildResult actual, Func<OutputFile, bool>? which = null)
    {
        which ??= _ => true;
        var wanted = expected.Files.Where(which).ToList();
        Assert.Equal(wanted.Select(f => f.RelativePath), actual.Files.Where(which).Select(f => f.RelativePath));
        Assert.All(wanted, f => Assert.True(File(actual, f.RelativePath).AsSpan().SequenceEqual(f.Content), $"{f.RelativePath} differs"));
    }
}

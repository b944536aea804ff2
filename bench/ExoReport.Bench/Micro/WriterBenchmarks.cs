using BenchmarkDotNet.Attributes;
using ExoReport.Evidence.Model;
using ExoReport.Synthesis.Model;

namespace ExoReport.Bench;

/// <summary>Synthesis and each writer on an already loaded evidence file.</summary>
public class WriterBenchmarks
{
    private EvidenceFile evidence = null!;
    private Report report = null!;

    [ParamsSource(nameof(Sizes))]
    public string Evidence { get; set; } = "seed";

    public static IEnumerable<string> Sizes => MicroConfig.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        evidence = EvidenceSource.Parse(Evidence).Load();
        report = PipelineStages.Synthesize(evidence);
    }

    [Benchmark(Description = "synthesis")]
    public object Synthesis() => PipelineStages.Synthesize(evidence);

    [Benchmark(Description = "markdown")]
    public object Markdown() => PipelineStages.Markdown(report);

    [Benchmark(Description = "latex")]
    public object Latex() => PipelineStages.Latex(report);

    [Benchmark(Description = "figures (svg, png, pdf)")]
    public object Figures() => PipelineStages.Figures(report);

    [Benchmark(Description = "pdf")]
    public object Pdf() => PipelineStages.Pdf(report);
}

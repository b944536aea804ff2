using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ExoReport.Bench;

/// <summary>
/// One short in-process job: the machine has 2 shared cores, and the slowest case (a 10,000-study PDF) takes
/// seconds a call, so a handful of iterations is what fits; BenchmarkDotNet still reports the error bars.
/// In process, so no second project is generated and built per benchmark.
/// </summary>
public static class MicroConfig
{
    /// <summary>
    /// The evidence each micro-benchmark runs on: BENCH_MICRO_SIZES (comma-separated, "seed" or a study count),
    /// by default the review and 1,000 studies. 10,000 studies takes a minute a call for the PDF; the cold runs
    /// and the stage timings of run.sh cover it.
    /// </summary>
    public static IEnumerable<string> Sizes =>
        (Environment.GetEnvironmentVariable("BENCH_MICRO_SIZES") is { Length: > 0 } sizes ? sizes : "seed,1000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithId("short"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddExporter(MarkdownExporter.GitHub)
        .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
}

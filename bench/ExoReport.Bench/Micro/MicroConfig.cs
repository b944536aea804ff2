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

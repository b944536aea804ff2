using System.Globalization;
using BenchmarkDotNet.Running;

namespace ExoReport.Bench;

/// <summary>
/// The benchmark tool (not a test: timings never decide a test's outcome). Commands:
///   generate N FILE        write the synthetic evidence of N studies
///   stages [SOURCE...]     in-process stage timings, first call and warm median (SOURCE: seed or a study count)
///   micro [BDN args]       BenchmarkDotNet micro-benchmarks of load, validation, synthesis and each writer
///   summary TSV MACHINE STAGES MICRO   run.sh's results page (targets, cold runs, pdflatex, stages, micro)
/// bench/run.sh runs them all, with cold command-line runs and pdflatex beside them.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var command = args.Length > 0 ? args[0] : "help";
        var rest = args.Skip(1).ToArray();
        switch (command)
        {
            case "generate" when rest.Length == 2:
                File.WriteAllText(rest[1], SyntheticEvidence.Generate(int.Parse(rest[0], CultureInfo.InvariantCulture)));
                return 0;
            case "stages":
                var repeats = Environment.GetEnvironmentVariable("BENCH_REPEATS") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 5;
                StageTimer.Run(rest.Length > 0 ? rest : [EvidenceSource.SeedName, "1000", "10000"], repeats, Console.Out);
                return 0;
            case "summary" when rest.Length == 4:
                Console.Write(ResultsSummary.Write(rest[0], rest[1], rest[2], rest[3]));
                return 0;
            case "micro":
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, MicroConfig.Create());
                return 0;
            default:
                Console.Error.WriteLine("usage: ExoReport.Bench generate N FILE | stages [seed|N ...] | micro [BenchmarkDotNet arguments] | summary TSV MACHINE STAGES MICRO");
                return 2;
        }
    }
}

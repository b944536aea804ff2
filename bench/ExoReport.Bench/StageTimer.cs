using System.Diagnostics;
using System.Globalization;

namespace ExoReport.Bench;

/// <summary>
/// Times each build stage in this process: the first call (which pays for JIT compilation and one-time
/// initialisation, as a cold command does) and then the median of warm repeats (a running process, such as
/// <c>exoreport watch</c>). Plain Stopwatch timing: BenchmarkDotNet gives the careful numbers (see
/// <see cref="Micro"/>); this gives the first-call costs it deliberately hides.
/// </summary>
public static class StageTimer
{
    public static void Run(IReadOnlyList<string> sources, int repeats, TextWriter output)
    {
        output.WriteLine("| evidence | stage | first call (ms) | warm median (ms) | GC pauses, last run (ms) | allocated, last run (MB) | result |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---|");
        foreach (var name in sources)
        {
            var source = EvidenceSource.Parse(name);
            var evidence = Time(output, name, "load + validate", repeats, () => PipelineStages.Load(source), e => $"{e.Studies.Count:N0} studies");
            var report = Time(output, name, "synthesis", repeats, () => PipelineStages.Synthesize(evidence), r => $"{r.Table1.Rows.Count:N0} Table 1 rows");
            Time(output, name, "markdown", repeats, () => PipelineStages.Markdown(report), Bytes);
            Time(output, name, "latex", repeats, () => PipelineStages.Latex(report), Bytes);
            Time(output, name, "figures", repeats, () => PipelineStages.Figures(report), Bytes);
            Time(output, name, "pdf", repeats, () => PipelineStages.Pdf(report), pdf => $"{pdf.Length:N0} bytes");
            Time(output, name, "table 1 alone, pdf", repeats, () => PipelineStages.Table1Pdf(report), pdf => $"{pdf.Length:N0} bytes");
            Time(output, name, "whole build (all formats)", repeats, () => PipelineStages.Build(evidence, Build.OutputFormat.All), r => Bytes(r.Files));
            WatchRebuilds(output, name, source, evidence, repeats);
        }
    }

    /// <summary>
    /// What <c>watch</c> does on each save: the edited file built with the figure cache of the build before. Each
    /// repeat builds the other version (one study's finding edited, or not), so every build has new text to lay out
    /// and the same charts; the first call fills the cache. Without and with loading the file again.
    /// </summary>
    private static void WatchRebuilds(TextWriter output, string name, EvidenceSource source, Evidence.Model.EvidenceFile evidence, int repeats)
    {
        var editedSource = OneStudyEdit.Apply(source);
        var edited = editedSource.Load();
        using (var cache = new Writers.Charts.FigureCache())
        {
            var flip = false;
            Time(output, name, "watch rebuild, one study edited (figure cache)", repeats, () =>
            {
                flip = !flip;
                return PipelineStages.Build(flip ? edited : evidence, Build.OutputFormat.All, cache);
            }, r => $"{Bytes(r.Files)}; charts reused {cache.Hits} of {cache.Hits + cache.Misses}");
        }
        using (var cache = new Writers.Charts.FigureCache())
        {
            var flip = false;
            Time(output, name, "watch rebuild with load, one study edited (figure cache)", repeats, () =>
            {
                flip = !flip;
                return PipelineStages.Build(PipelineStages.Load(flip ? editedSource : source), Build.OutputFormat.All, cache);
            }, r => $"{Bytes(r.Files)}; charts reused {cache.Hits} of {cache.Hits + cache.Misses}");
        }
    }

    private static string Bytes(IReadOnlyList<Build.OutputFile> files) =>
        $"{files.Count} files, {files.Sum(f => (long)f.Content.Length):N0} bytes";

    private static T Time<T>(TextWriter output, string source, string stage, int repeats, Func<T> action, Func<T, string> describe)
    {
        // BENCH_ONLY=pdf (a stage name's start) times that stage alone; the stages it needs still run, untimed.
        if (Environment.GetEnvironmentVariable("BENCH_ONLY") is { Length: > 0 } only && !stage.StartsWith(only, StringComparison.Ordinal)
            && stage is not ("load + validate" or "synthesis"))
            return default!;
        var paused = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var result = action();
        var first = clock.Elapsed.TotalMilliseconds;
        var warm = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            paused = GC.GetTotalPauseDuration();
            allocated = GC.GetTotalAllocatedBytes();
            clock.Restart();
            result = action();
            warm.Add(clock.Elapsed.TotalMilliseconds);
        }
        var pauseMs = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds;
        var allocatedMb = (GC.GetTotalAllocatedBytes() - allocated) / 1e6;
        warm.Sort();
        var median = warm.Count == 0 ? double.NaN : warm[warm.Count / 2];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {source} | {stage} | {first:0.0} | {median:0.0} | {pauseMs:0} | {allocatedMb:0} | {describe(result)} |"));
        output.Flush();
        return result;
    }
}

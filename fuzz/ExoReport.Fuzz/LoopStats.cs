using System.Globalization;

namespace ExoReport.Fuzz;

/// <summary>Counters of a loop run, printed every 30 s and at the end.</summary>
public sealed class LoopStats
{
    public long Executions { get; private set; }
    public long Valid { get; set; }
    public long Crashes { get; set; }
    public TimeSpan Slowest { get; private set; }
    public long MostAllocated { get; private set; }

    public void Record(TimeSpan elapsed, long allocated)
    {
        Executions++;
        if (elapsed > Slowest)
            Slowest = elapsed;
        if (allocated > MostAllocated)
            MostAllocated = allocated;
    }

    public string Line(TimeSpan elapsed, int uniqueFindings) => string.Create(CultureInfo.InvariantCulture,
        $"fuzz: {Executions} executions in {elapsed.TotalSeconds:0} s ({Executions / Math.Max(1, elapsed.TotalSeconds):0}/s), " +
        $"{Valid} valid (built), {Crashes} crashing, {uniqueFindings} unique findings, slowest {Slowest.TotalMilliseconds:0} ms, " +
        $"most allocated {MostAllocated / (1024.0 * 1024):0.0} MiB");
}

namespace ExoReport.Tests.Corpus;

/// <summary>
/// What one corpus case may cost, whatever its input says. These are bounds on hostile input (a hang or a memory
/// bomb fails the case), not benchmarks: a normal build takes a fraction of them.
/// </summary>
public static class ResourceBounds
{
    public static readonly TimeSpan Time = TimeSpan.FromSeconds(5);

    /// <summary>How much the process's resident memory may grow during the run, at its peak.</summary>
    public const long Memory = 1L << 30;

    /// <summary>How long the runner waits before it declares a hang and stops waiting.</summary>
    public static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);
}

namespace ExoReport.Fuzz;

/// <summary>How long the in-process loop runs, where it reads seeds and writes findings, and its random seed.</summary>
public sealed record LoopSettings(TimeSpan Duration, string SeedDirectory, string FindingsDirectory, int RandomSeed)
{
    /// <summary>An input slower than this is saved as a finding: the corpus holds every case to 5 s.</summary>
    public static readonly TimeSpan SlowInput = TimeSpan.FromSeconds(2);

    /// <summary>An input still running after this long is a hang: it is saved and the loop stops.</summary>
    public static readonly TimeSpan Hang = TimeSpan.FromSeconds(20);

    /// <summary>Managed bytes one input may allocate before it counts as a memory finding.</summary>
    public const long MemoryBound = 1L << 30;

    /// <summary>Seeds larger than this are skipped: mutations of megabyte files only test the size limit.</summary>
    public const int MaxSeedBytes = 256 * 1024;
}

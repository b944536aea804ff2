namespace ExoReport.Evidence;

/// <summary>
/// Bounds that keep a hostile or broken file from taking the loader down: each is far above what a real review
/// needs (the seed review has a few thousand values; a generated evidence base of 10,000 studies about a million)
/// and low enough that rejecting a file stays fast.
/// </summary>
public static class EvidenceLimits
{
    /// <summary>Largest file read, in bytes; checked on the file's length before reading it.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>Deepest nesting of mappings and lists. The evidence format needs 6.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Most values (scalars, mappings, lists; keys included), before and after aliases are expanded. A study with its
    /// reference is about 100 values, so this admits about 20,000 studies, more than <see cref="MaxFileBytes"/> holds
    /// written out; it still stops an alias bomb after 2 million values (well under a second).
    /// </summary>
    public const int MaxValues = 2_000_000;

    /// <summary>
    /// Most diagnostics reported for one file. A generated file can be wrong in every item; past this many,
    /// loading stops (EXO015) so the first problems are not lost in a flood and the run stays fast.
    /// </summary>
    public const int MaxDiagnostics = 100;
}

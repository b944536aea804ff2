using ExoReport.Diagnostics;

namespace ExoReport.Build;

/// <summary>The outputs of a build, all in memory, or the diagnostics that stopped it (then there are no files).</summary>
public sealed record BuildResult(IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

using ExoReport.Build;
using ExoReport.Evidence;

namespace ExoReport.Fuzz;

/// <summary>
/// What one fuzz input exercises: loading the bytes as an evidence file and, when they are valid, building the
/// Markdown and LaTeX report from them. Every exception that leaves here is a finding: the loader promises
/// diagnostics for every problem a user can cause, and a valid file must always build.
/// </summary>
public static class FuzzTarget
{
    /// <summary>Markdown and LaTeX; with FUZZ_FIGURES=1 the charts too (slower, so fewer inputs per second).</summary>
    private static readonly BuildOptions Formats = new(Environment.GetEnvironmentVariable("FUZZ_FIGURES") == "1"
        ? OutputFormat.Markdown | OutputFormat.Latex | OutputFormat.Figures
        : OutputFormat.Markdown | OutputFormat.Latex);

    public static void Run(ReadOnlySpan<byte> bytes)
    {
        var loaded = EvidenceLoader.LoadBytes("fuzz.yaml", bytes);
        if (loaded.HasErrors != (loaded.Evidence is null))
            throw new FuzzFinding("a load result has a model and errors, or neither");
        if (loaded.Diagnostics.Any(d => d.Code.Length != 6 || !d.Code.StartsWith("EXO", StringComparison.Ordinal)))
            throw new FuzzFinding("a diagnostic without an EXO code");
        if (loaded.Evidence is null)
            return;

        var built = ReportBuilder.Build(loaded.Evidence, Formats);
        // The shipped templates must render any valid evidence: a template error here is a bug, not bad input.
        // Refusing a file as too big to draw or tabulate (EXO071, EXO072) is a documented limit, not a finding.
        if (!built.Succeeded && !built.Diagnostics.All(d => !d.IsError || d.Code is "EXO071" or "EXO072"))
            throw new FuzzFinding("a valid file did not build: " + string.Join("; ", built.Diagnostics.Where(d => d.IsError)));
        if (built.Files.Count == 0)
            throw new FuzzFinding("a valid file built no output");
    }
}

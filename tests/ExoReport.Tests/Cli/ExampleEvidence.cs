using ExoReport.Init;

namespace ExoReport.Tests.Cli;

/// <summary>
/// The starter evidence file <c>exoreport init</c> writes (small, so builds are fast), and edits of it the tests
/// need. Each edit asserts that its anchor text is there, so a change to the example fails loudly, not silently.
/// </summary>
public static class ExampleEvidence
{
    public static string Text { get; } =
        ProjectInitializer.Files(withTemplates: false).Single(f => f.RelativePath == ProjectInitializer.EvidenceFileName).Text;

    public static string Replace(string text, string old, string replacement)
    {
        Assert.Contains(old, text, StringComparison.Ordinal);
        return text.Replace(old, replacement, StringComparison.Ordinal);
    }

    public static string Replace(string old, string replacement) => Replace(Text, old, replacement);

    /// <summary>The example with a finding of the first study reworded (Table 1 row 1 and the report change).</summary>
    public static string WithRewordedFinding() =>
        Replace("      - Functional recovery\n", "      - Functional recovery of the hindlimbs\n");

    /// <summary>The example with a misspelt key on line 9, column 3 ('autors'): invalid evidence.</summary>
    public static string WithMisspeltKey() => Replace("  authors: [Your Name]\n", "  autors: [Your Name]\n");

    /// <summary>The example with the two references' manuscript numbers swapped: Table 1 row 1 then cites reference 2.</summary>
    public static string WithSwappedReferenceNumbers() =>
        Replace(Replace(Replace("    number: 1\n", "    number: 9\n"), "    number: 2\n", "    number: 1\n"), "    number: 9\n", "    number: 2\n");
}

using Xunit.Abstractions;

namespace ExoReport.Tests.Corpus;

/// <summary>The manifest and the corpus agree: every file has a declared outcome and every outcome a file.</summary>
public sealed class CorpusManifestTests(ITestOutputHelper output)
{
    private static readonly string[] NotCases = [CorpusManifest.FileName, "README.md"];

    private static IEnumerable<string> CorpusFiles() =>
        Directory.EnumerateFiles(CorpusManifest.Folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(CorpusManifest.Folder, path).Replace('\\', '/'))
            .Where(path => !NotCases.Contains(path))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Every_file_of_the_corpus_has_a_declared_outcome()
    {
        var entries = CorpusManifest.Instance.Files.Keys.ToList();
        var undeclared = CorpusFiles().Where(file => !entries.Any(entry => file == entry || file.StartsWith(entry.TrimEnd('/') + "/", StringComparison.Ordinal))).ToList();
        Assert.True(undeclared.Count == 0, "files without an outcome in expected.yaml:\n" + string.Join('\n', undeclared));
    }

    [Fact]
    public void Every_declared_file_exists()
    {
        var missing = CorpusManifest.Instance.Files.Values
            .Where(entry => !File.Exists(Path.Combine(CorpusManifest.Folder, entry.Name)) && !Directory.Exists(Path.Combine(CorpusManifest.Folder, entry.Name)))
            .Select(entry => entry.Name).ToList();
        Assert.True(missing.Count == 0, "expected.yaml names files that do not exist:\n" + string.Join('\n', missing));
        foreach (var entry in CorpusManifest.Instance.Files.Values.Where(e => e.Evidence is not null))
            Assert.True(File.Exists(Path.Combine(CorpusManifest.Folder, entry.Evidence!)), $"{entry.Name}: no evidence file {entry.Evidence}");
    }

    [Fact]
    public void Every_generator_has_a_declared_outcome_and_every_generated_entry_a_generator()
    {
        Assert.Equal(GeneratedCases.Families.Order(StringComparer.Ordinal), CorpusManifest.Instance.Generated.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_corpus_holds_at_least_60_files_and_reports_its_cases_by_outcome()
    {
        var files = CorpusFiles().ToList();
        Assert.True(files.Count >= 60, $"only {files.Count} files");

        var outcomes = CorpusManifest.Instance.Files.Values.Select(e => e.Outcome)
            .Concat(GeneratedCases.All.Select(c => c.Entry.Outcome)).ToList();
        var byKind = outcomes.GroupBy(o => o.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Name(g.Key)}");
        var byCode = outcomes.Where(o => o.Kind == OutcomeKind.Error).GroupBy(o => o.Code).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine($"corpus: {outcomes.Count} cases ({CorpusManifest.Instance.Files.Count} committed entries over {files.Count} files, " +
            $"{GeneratedCases.All.Count} generated): {string.Join(", ", byKind)}");
        output.WriteLine("errors by code: " + string.Join(", ", byCode));
        var narrowed = CorpusManifest.Instance.Files.Values.Concat(CorpusManifest.Instance.Generated.Values).Where(e => e.KnownIssue is not null).ToList();
        output.WriteLine($"{narrowed.Count} entries have a known issue (fewer formats, or a longer time bound):");
        foreach (var entry in narrowed)
            output.WriteLine($"  {entry.Name} (--format {entry.Formats ?? "all"}, {entry.TimeBound.TotalSeconds} s): {entry.KnownIssue}");
    }

    private static string Name(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Builds => "builds",
        OutcomeKind.Error => "error",
        _ => "usage-error",
    };
}

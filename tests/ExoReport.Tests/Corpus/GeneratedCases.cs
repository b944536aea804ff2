using System.Text;

namespace ExoReport.Tests.Corpus;

/// <summary>
/// The cases too big or too many to commit, one generator per entry under <c>generated</c> in the manifest.
/// Each is made from valid/base.yaml or from a few lines of text, so it is the same on every run.
/// </summary>
public static class GeneratedCases
{
    private const string DescriptionLine = "      description: Fewer inflammatory cells at the lesion\n";

    private static readonly Dictionary<string, Func<CorpusEntry, IEnumerable<GeneratedCase>>> Generators = new()
    {
        ["file-30-mib.yaml"] = entry => [One(entry, ThirtyMebibytes())],
        ["too-many-values.yaml"] = entry => [One(entry, TooManyValues())],
        ["one-megabyte-string.yaml"] = entry => OneMegabyteString(entry),
        ["one-megabyte-of-specials.yaml"] = entry => OneMegabyteOfSpecials(entry),
        ["chart-pixel-bomb.yaml"] = entry => [One(entry, WithCharts(Enumerable.Repeat("      width: 10000\n      height: 10000\n", 5)))],
        ["too-many-charts.yaml"] = entry => [One(entry, WithCharts(Enumerable.Repeat("", 60)))],
        ["tall-evidence-map.yaml"] = entry => [One(entry, WithTaxonomy(250, 0, chartHeights: false))],
        ["largest-matrix.yaml"] = entry => [One(entry, WithTaxonomy(98, 98, chartHeights: true))],
        ["quadratic-taxonomy.yaml"] = entry => [One(entry, WithTaxonomy(3000, 3000, chartHeights: true))],
        [RequiredKeyRemoval.Family] = RequiredKeyRemoval.Cases,
    };

    public static IReadOnlyCollection<string> Families => Generators.Keys;

    private static readonly Lazy<IReadOnlyList<GeneratedCase>> Made = new(() =>
        Generators.SelectMany(generator => generator.Value(CorpusManifest.Instance.Generated[generator.Key])).ToList());

    /// <summary>Every generated case, made once per test run (the 30 MiB file among them).</summary>
    public static IReadOnlyList<GeneratedCase> All => Made.Value;

    private static GeneratedCase One(CorpusEntry entry, byte[] bytes) => new(entry.Name, entry.Name, bytes, entry);

    private static string BaseText => File.ReadAllText(Path.Combine(CorpusManifest.Folder, GoldenBuild.BaseFile));

    /// <summary>A valid file padded with comment lines to 30 MiB: refused by its size before it is read.</summary>
    private static byte[] ThirtyMebibytes()
    {
        var text = new StringBuilder(BaseText);
        var line = "# padding " + new string('x', 100) + "\n";
        while (text.Length < 30 * 1024 * 1024)
            text.Append(line);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>One flow list of 2,000,011 numbers: refused when the value count passes 2,000,000.</summary>
    private static byte[] TooManyValues() =>
        Encoding.UTF8.GetBytes("a: [" + string.Concat(Enumerable.Repeat("1,", 2_000_010)) + "1]\n");

    /// <summary>A mechanism description of 1 MiB of words: a paragraph in every output.</summary>
    private static IEnumerable<GeneratedCase> OneMegabyteString(CorpusEntry entry)
    {
        var words = new StringBuilder();
        for (var i = 0; words.Length < 1024 * 1024; i++)
            words.Append("word").Append(i).Append(' ');
        words.Append("end-of-the-megabyte");
        return [WithDescription(entry, words.ToString())];
    }

    /// <summary>1 MiB of the characters each format must escape, so escaping multiplies the output's size.</summary>
    private static IEnumerable<GeneratedCase> OneMegabyteOfSpecials(CorpusEntry entry)
    {
        var specials = new StringBuilder();
        while (specials.Length < 1024 * 1024)
            specials.Append(@"\{}%$&#_^~ |<>*[]` ");
        return [WithDescription(entry, specials.ToString().TrimEnd())];
    }

    /// <summary>valid/base.yaml with its charts replaced: one per item, cycling through the kinds, each with these lines.</summary>
    private static byte[] WithCharts(IEnumerable<string> settings)
    {
        string[] kinds = ["evidence-map", "sources", "routes", "years", "limitations"];
        var text = BaseText;
        var charts = new StringBuilder("  charts:\n");
        var i = 0;
        foreach (var setting in settings)
            charts.Append("    - kind: ").Append(kinds[i++ % kinds.Length]).Append('\n').Append(setting);
        return Encoding.UTF8.GetBytes(text[..text.IndexOf("  charts:\n", StringComparison.Ordinal)] + charts);
    }

    /// <summary>
    /// valid/base.yaml with extra cell sources and mechanisms (beside its own two of each; unused ones are only
    /// warnings). Without chart heights the evidence map sizes itself to its rows.
    /// </summary>
    private static byte[] WithTaxonomy(int sources, int mechanisms, bool chartHeights)
    {
        var text = BaseText;
        var extraSources = new StringBuilder();
        for (var i = 0; i < sources; i++)
            extraSources.Append($"    - id: source-{i}\n      label: Extra cell source {i}\n      category: stem-cells\n");
        var extraMechanisms = new StringBuilder();
        for (var i = 0; i < mechanisms; i++)
            extraMechanisms.Append($"    - id: mechanism-{i}\n      label: Extra mechanism {i}\n");
        text = text.Replace("\n  sources:\n", "\n  sources:\n" + extraSources, StringComparison.Ordinal)
            .Replace("\n  mechanisms:\n", "\n  mechanisms:\n" + extraMechanisms, StringComparison.Ordinal);
        if (!chartHeights)
            text = text.Replace("      title: Evidence map\n      width: 900\n      height: 600\n", "", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text);
    }

    private static GeneratedCase WithDescription(CorpusEntry entry, string description)
    {
        var quoted = "'" + description.Replace("'", "''", StringComparison.Ordinal) + "'";
        var text = BaseText.Replace(DescriptionLine, "      description: " + quoted + "\n", StringComparison.Ordinal);
        Assert.NotEqual(BaseText, text);
        return new GeneratedCase(entry.Name, entry.Name, Encoding.UTF8.GetBytes(text), entry with { Shows = [.. entry.Shows, description] });
    }
}

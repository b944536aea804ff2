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

    /// <summary>One flow list of 100,010 numbers: refused when the value count passes 100,000.</summary>
    private static byte[] TooManyValues() =>
        Encoding.UTF8.GetBytes("a: [" + string.Concat(Enumerable.Repeat("1,", 100_010)) + "1]\n");

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

    private static GeneratedCase WithDescription(CorpusEntry entry, string description)
    {
        var quoted = "'" + description.Replace("'", "''", StringComparison.Ordinal) + "'";
        var text = BaseText.Replace(DescriptionLine, "      description: " + quoted + "\n", StringComparison.Ordinal);
        Assert.NotEqual(BaseText, text);
        return new GeneratedCase(entry.Name, entry.Name, Encoding.UTF8.GetBytes(text), entry with { Shows = [.. entry.Shows, description] });
    }
}

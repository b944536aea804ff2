using ExoReport.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ExoReport.Tests.Corpus;

/// <summary>
/// tests/corpus/expected.yaml: <c>files</c> maps every file (or template folder) of the corpus to its outcome,
/// <c>generated</c> does the same for the cases made at test time (too big, or too many, to commit).
/// An entry is either the outcome alone or a mapping with <c>outcome</c> and options.
/// </summary>
public sealed class CorpusManifest
{
    public const string FileName = "expected.yaml";

    public static string Folder { get; } = RepositoryPaths.File("tests", "corpus");

    private static readonly Lazy<CorpusManifest> Loaded = new(() => new CorpusManifest(Path.Combine(Folder, FileName)));

    public static CorpusManifest Instance => Loaded.Value;

    private CorpusManifest(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
            stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        Files = ReadSection(root, "files", resolveFields: true);
        Generated = ReadSection(root, "generated", resolveFields: false);
    }

    public IReadOnlyDictionary<string, CorpusEntry> Files { get; }

    public IReadOnlyDictionary<string, CorpusEntry> Generated { get; }

    private static Dictionary<string, CorpusEntry> ReadSection(YamlMappingNode root, string section, bool resolveFields)
    {
        var entries = new Dictionary<string, CorpusEntry>(StringComparer.Ordinal);
        foreach (var (key, value) in (YamlMappingNode)root[section])
        {
            var name = ((YamlScalarNode)key).Value!;
            entries.Add(name, value switch
            {
                YamlScalarNode scalar => new CorpusEntry(name, ExpectedOutcome.Parse(scalar.Value!), []),
                YamlMappingNode mapping => ReadEntry(name, mapping, resolveFields),
                _ => throw new FormatException($"{FileName}: entry '{name}' is neither an outcome nor a mapping"),
            });
        }
        return entries;
    }

    private static CorpusEntry ReadEntry(string name, YamlMappingNode mapping, bool resolveFields)
    {
        var known = new HashSet<string> { "outcome", "shows", "shows_fields", "markdown_shows", "latex_shows", "pdf_shows", "never_shows", "evidence", "out", "args", "formats", "known_issue", "seconds" };
        foreach (var key in mapping.Children.Keys.Cast<YamlScalarNode>())
            if (!known.Contains(key.Value!))
                throw new FormatException($"{FileName}: entry '{name}' has an unknown option '{key.Value}'");

        if (mapping.Children.ContainsKey(new YamlScalarNode("seconds")) && !mapping.Children.ContainsKey(new YamlScalarNode("known_issue")))
            throw new FormatException($"{FileName}: entry '{name}' widens the time bound without a known_issue saying why");
        var shows = Strings(mapping, "shows") ?? [];
        if (resolveFields && Strings(mapping, "shows_fields") is { } fields)
            shows = [.. shows, .. fields.Select(field => FieldValue(name, field))];
        return new CorpusEntry(
            name,
            ExpectedOutcome.Parse(Scalar(mapping, "outcome") ?? throw new FormatException($"{FileName}: entry '{name}' has no outcome")),
            shows,
            Strings(mapping, "markdown_shows"),
            Strings(mapping, "latex_shows"),
            Strings(mapping, "never_shows"),
            Scalar(mapping, "evidence"),
            Scalar(mapping, "out"),
            Strings(mapping, "args"),
            Strings(mapping, "pdf_shows"),
            Scalar(mapping, "formats"),
            Scalar(mapping, "known_issue"),
            Scalar(mapping, "seconds"));
    }

    /// <summary>The text at a path such as <c>studies[0].findings[1]</c> in the case's own file.</summary>
    private static string FieldValue(string file, string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Folder, file)))
            stream.Load(reader);
        YamlNode node = stream.Documents[0].RootNode;
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            node = ((YamlMappingNode)node)[bracket < 0 ? part : part[..bracket]];
            if (bracket >= 0)
                node = ((YamlSequenceNode)node)[int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)];
        }
        return ((YamlScalarNode)node).Value!;
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static IReadOnlyList<string>? Strings(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? ((YamlSequenceNode)value).Children.Select(item => ((YamlScalarNode)item).Value ?? "").ToList()
            : null;
}

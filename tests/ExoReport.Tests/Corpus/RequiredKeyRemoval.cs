using System.Text;
using System.Text.Json;
using ExoReport.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ExoReport.Tests.Corpus;

/// <summary>
/// Every key the schema requires, removed in turn from valid/base.yaml (its first occurrence: the first
/// study's id, the first route's kind ...). The expected diagnostic is EXO020 at the mapping that now lacks the
/// key, found by parsing the damaged text again; or EXO021 at that mapping's key when it lost its only key and
/// is left with no value at all.
/// </summary>
public static class RequiredKeyRemoval
{
    public const string Family = "missing-required-keys";

    public static IEnumerable<GeneratedCase> Cases(CorpusEntry familyEntry)
    {
        var text = File.ReadAllText(Path.Combine(CorpusManifest.Folder, GoldenBuild.BaseFile));
        foreach (var path in RequiredPaths())
        {
            var damaged = Remove(text, path);
            var expected = Expect(damaged, path);
            yield return new GeneratedCase(Family, $"{Family}/{Display(path)}", Encoding.UTF8.GetBytes(damaged),
                familyEntry with { Name = $"{Family}/{Display(path)}", Outcome = expected });
        }
    }

    /// <summary>Paths such as ["taxonomy", "sources", 0, "label"], read from the schema's "required" lists.</summary>
    public static IEnumerable<object[]> RequiredPaths()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.File("schema", "evidence.schema.json")));
        var definitions = schema.RootElement.GetProperty("definitions");
        var found = new List<object[]>();
        Walk(schema.RootElement, [], definitions, found);
        return found;
    }

    private static void Walk(JsonElement node, object[] path, JsonElement definitions, List<object[]> found)
    {
        if (node.TryGetProperty("$ref", out var reference))
            node = definitions.GetProperty(reference.GetString()!.Split('/')[^1]);
        if (node.TryGetProperty("required", out var required))
            foreach (var key in required.EnumerateArray())
                found.Add([.. path, key.GetString()!]);
        if (node.TryGetProperty("properties", out var properties))
            foreach (var property in properties.EnumerateObject())
                Walk(property.Value, [.. path, property.Name], definitions, found);
        if (node.TryGetProperty("items", out var items))
            Walk(items, [.. path, 0], definitions, found);
    }

    private static string Remove(string text, object[] path)
    {
        var root = Parse(text);
        var parent = (YamlMappingNode)Navigate(root, path[..^1])!;
        var key = parent.Children.Keys.Single(k => ((YamlScalarNode)k).Value == (string)path[^1]);
        var value = parent.Children[key];
        // From the key to the end of its value, which for a mapping or list is the end of the last value inside
        // it (YamlDotNet marks only where collections start). The line break after it stays, so the lines around
        // keep their indentation.
        return text[..(int)key.Start.Index] + text[(int)EndOf(value)..];
    }

    private static long EndOf(YamlNode node) =>
        node.AllNodes.OfType<YamlScalarNode>().Select(scalar => scalar.End.Index).DefaultIfEmpty(node.End.Index).Max();

    private static ExpectedOutcome Expect(string damaged, object[] path)
    {
        var root = Parse(damaged);
        var parent = Navigate(root, path[..^1])!;
        return parent is YamlMappingNode mapping
            ? new ExpectedOutcome(OutcomeKind.Error, "EXO020", (int)mapping.Start.Line, (int)mapping.Start.Column)
            : new ExpectedOutcome(OutcomeKind.Error, "EXO021", (int)parent.Start.Line, (int)parent.Start.Column);
    }

    private static YamlNode Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents[0].RootNode;
    }

    private static YamlNode? Navigate(YamlNode node, object[] path)
    {
        foreach (var step in path)
            node = step is int index ? ((YamlSequenceNode)node)[index] : ((YamlMappingNode)node)[(string)step];
        return node;
    }

    private static string Display(object[] path) =>
        string.Join(".", path.Select(step => step is int index ? $"[{index}]" : (string)step)).Replace(".[", "[", StringComparison.Ordinal);
}

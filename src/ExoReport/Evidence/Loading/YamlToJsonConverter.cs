using System.Globalization;
using System.Text.Json.Nodes;
using ExoReport.Diagnostics;
using ExoReport.Evidence.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExoReport.Evidence.Loading;

/// <summary>
/// Converts the YAML representation model to System.Text.Json nodes for schema validation, recording where each
/// value (and key) stood. YamlDotNet resolves an alias to the very node its anchor names, so the model is a
/// graph; expanding it here is where a "billion laughs" file would explode. Every value written counts against
/// <see cref="EvidenceLimits.MaxValues"/>, a node that contains its own alias is refused, and nesting reached
/// through aliases is held to <see cref="EvidenceLimits.MaxDepth"/>.
/// </summary>
internal sealed class YamlToJsonConverter
{
    private readonly SourceMap map;
    private readonly HashSet<YamlNode> open = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<YamlNode> converted = new(ReferenceEqualityComparer.Instance);
    private readonly ExpansionSize sizes = new();
    private int values;

    private YamlToJsonConverter(SourceMap map)
    {
        this.map = map;
    }

    public static ConvertedDocument Convert(string file, YamlMappingNode root, SchemaShape schema)
    {
        var map = new SourceMap(file);
        var converter = new YamlToJsonConverter(map);
        try
        {
            converter.RefuseOversizedExpansion(root);
            var json = (JsonObject)converter.Convert(root, JsonPointerText.Root, schema, depth: 1, aliasSite: null)!;
            return new ConvertedDocument(json, map, null);
        }
        catch (YamlLimitException e)
        {
            return new ConvertedDocument(null, map, new Diagnostic(MarkSpan.From(file, e.Where), Severity.Error, e.Code, e.Message));
        }
    }

    /// <param name="aliasSite">
    /// Where the outermost alias being expanded is written (the key before it, or the list holding it), or null
    /// outside aliases. YamlDotNet keeps no mark for the alias itself, and the node's own mark is the anchor's,
    /// so this is the best place to blame when an expansion explodes.
    /// </param>
    private JsonNode? Convert(YamlNode node, string pointer, SchemaShape? place, int depth, Mark? aliasSite)
    {
        if (!converted.Add(node))
            aliasSite ??= node.Start;
        if (!open.Add(node))
            throw new YamlLimitException(EvidenceCodes.AliasExpansionLimit, aliasSite ?? node.Start,
                "an alias refers to a mapping or list that contains it, which would expand forever");
        if (++values > EvidenceLimits.MaxValues)
            throw TooManyValues(aliasSite ?? node.Start);
        if (depth > EvidenceLimits.MaxDepth)
            throw new YamlLimitException(EvidenceCodes.NestingTooDeep, aliasSite ?? node.Start, string.Create(CultureInfo.InvariantCulture,
                $"aliases nest mappings and lists more than {EvidenceLimits.MaxDepth} levels deep"));

        map.AddValue(pointer, node.Start);
        try
        {
            return node switch
            {
                YamlScalarNode scalar => ScalarTyping.ToJson(scalar, place?.Types ?? []),
                YamlSequenceNode sequence => ConvertSequence(sequence, pointer, place, depth, aliasSite),
                YamlMappingNode mapping => ConvertMapping(mapping, pointer, place, depth, aliasSite),
                _ => throw new YamlLimitException(EvidenceCodes.YamlSyntax, node.Start, "unsupported YAML node"),
            };
        }
        finally
        {
            open.Remove(node);
        }
    }

    private JsonArray ConvertSequence(YamlSequenceNode sequence, string pointer, SchemaShape? place, int depth, Mark? aliasSite)
    {
        var items = place?.Items;
        var array = new JsonArray();
        var index = 0;
        foreach (var child in sequence.Children)
            array.Add(Convert(child, JsonPointerText.Child(pointer, index++), items, depth + 1, aliasSite ?? SiteIfRepeated(child, sequence.Start)));
        return array;
    }

    private JsonObject ConvertMapping(YamlMappingNode mapping, string pointer, SchemaShape? place, int depth, Mark? aliasSite)
    {
        var obj = new JsonObject();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            // The guard lets only scalar keys through; YamlStream has already refused duplicates.
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            var childPointer = JsonPointerText.Child(pointer, key);
            if (obj.ContainsKey(key))
                throw new YamlLimitException(EvidenceCodes.DuplicateKey, keyNode.Start, $"duplicate key '{key}': a key may appear only once in a mapping");
            map.AddKey(childPointer, keyNode.Start);
            obj[key] = Convert(valueNode, childPointer, place?.Property(key), depth + 1, aliasSite ?? SiteIfRepeated(valueNode, keyNode.Start));
        }
        return obj;
    }

    /// <summary>
    /// Writing out millions of expanded values only to refuse them took seconds (and a fuzzer found a bomb that
    /// also contains itself, written out for ten seconds before the cycle was reached). When the document expands
    /// past the limit or contains itself, find where writing it out would have stopped, walking it once with each
    /// node's expanded size (<see cref="ExpansionSize"/>) and stepping over whatever fits and holds no cycle, and
    /// refuse it there: the same checks in the same order as <see cref="Convert(YamlNode, string, SchemaShape?, int, Mark?)"/>,
    /// so the same place and message, in milliseconds.
    /// </summary>
    private void RefuseOversizedExpansion(YamlNode root)
    {
        var whole = sizes.Of(root);
        if (whole.Values <= EvidenceLimits.MaxValues && !whole.ContainsItself)
            return;
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var path = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        long count = 0;
        void Walk(YamlNode node, int depth, Mark? aliasSite)
        {
            if (!seen.Add(node))
                aliasSite ??= node.Start;
            if (path.Contains(node))
                throw new YamlLimitException(EvidenceCodes.AliasExpansionLimit, aliasSite ?? node.Start,
                    "an alias refers to a mapping or list that contains it, which would expand forever");
            var measure = sizes.Of(node);
            if (!measure.ContainsItself && depth + measure.Depth <= EvidenceLimits.MaxDepth && count + measure.Values <= EvidenceLimits.MaxValues)
            {
                count += measure.Values;
                MarkSeen(node, seen);
                return;
            }
            if (++count > EvidenceLimits.MaxValues)
                throw TooManyValues(aliasSite ?? node.Start);
            if (depth > EvidenceLimits.MaxDepth)
                throw new YamlLimitException(EvidenceCodes.NestingTooDeep, aliasSite ?? node.Start, string.Create(CultureInfo.InvariantCulture,
                    $"aliases nest mappings and lists more than {EvidenceLimits.MaxDepth} levels deep"));
            path.Add(node);
            if (node is YamlSequenceNode sequence)
                foreach (var child in sequence.Children)
                    Walk(child, depth + 1, aliasSite ?? (seen.Contains(child) ? sequence.Start : null));
            else if (node is YamlMappingNode mapping)
                foreach (var (key, value) in mapping.Children)
                    Walk(value, depth + 1, aliasSite ?? (seen.Contains(value) ? key.Start : null));
            path.Remove(node);
        }
        Walk(root, 1, null);
    }

    private static void MarkSeen(YamlNode node, HashSet<YamlNode> seen)
    {
        IEnumerable<YamlNode> children = node switch
        {
            YamlSequenceNode sequence => sequence.Children,
            YamlMappingNode mapping => mapping.Children.Values,
            _ => [],
        };
        foreach (var child in children)
            if (seen.Add(child))
                MarkSeen(child, seen);
    }

    private static YamlLimitException TooManyValues(Mark where) =>
        new(EvidenceCodes.AliasExpansionLimit, where, string.Create(CultureInfo.InvariantCulture,
            $"aliases expand the file to more than {EvidenceLimits.MaxValues:N0} values; write the repeated parts out or reuse less"));

    private Mark? SiteIfRepeated(YamlNode child, Mark site) => converted.Contains(child) ? site : null;
}

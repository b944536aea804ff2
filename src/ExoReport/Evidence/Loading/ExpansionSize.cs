using YamlDotNet.RepresentationModel;

namespace ExoReport.Evidence.Loading;

/// <summary>
/// How many values a node becomes once its aliases are expanded (the node and every value below it; keys are
/// not values), how deep its mappings and lists go, and whether it contains itself. Memoised per node, so a
/// graph of a billion expanded values is measured in time proportional to the nodes actually written.
/// </summary>
internal sealed class ExpansionSize
{
    public readonly record struct Measure(long Values, int Depth, bool ContainsItself);

    private readonly Dictionary<YamlNode, Measure> known = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<YamlNode> open = new(ReferenceEqualityComparer.Instance);

    public Measure Of(YamlNode node)
    {
        if (known.TryGetValue(node, out var measure))
            return measure;
        if (!open.Add(node))
            return new Measure(0, 0, ContainsItself: true);
        try
        {
            IEnumerable<YamlNode> children = node switch
            {
                YamlSequenceNode sequence => sequence.Children,
                YamlMappingNode mapping => mapping.Children.Values,
                _ => [],
            };
            long values = 1;
            var depth = 0;
            var containsItself = false;
            foreach (var child in children)
            {
                var inner = Of(child);
                // Saturating: the count only has to say "over the limit", and a bomb would overflow a long.
                values = Math.Min(values + inner.Values, long.MaxValue / 2);
                depth = Math.Max(depth, inner.Depth + 1);
                containsItself |= inner.ContainsItself;
            }
            measure = new Measure(values, depth, containsItself);
            known[node] = measure;
            return measure;
        }
        finally
        {
            open.Remove(node);
        }
    }
}

using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ExoReport.Evidence.Loading;

/// <summary>
/// Wraps YamlDotNet's parser and inspects each event as <c>YamlStream.Load</c> pulls it. The parser itself is
/// iterative, but the representation model recurses once per nesting level: checking depth here, one event at a
/// time, stops a 10,000-level file before any deep recursion, in the same single pass that builds the tree.
/// It also counts values, rejects a second document, collection or alias keys, and aliases to unknown anchors
/// (YamlDotNet reports those at 1:1).
/// </summary>
internal sealed class GuardedParser(IParser inner) : IParser
{
    private readonly List<Frame> frames = [];
    private readonly HashSet<string> anchors = new(StringComparer.Ordinal);
    private int values;
    private int documents;

    /// <summary>Where the last event that parsed cleanly ended: the best place to point at when YamlDotNet fails without a mark.</summary>
    public Mark LastGoodEnd { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
            return false;
        var current = inner.Current!;
        Inspect(current);
        LastGoodEnd = current.End;
        return true;
    }

    private void Inspect(ParsingEvent current)
    {
        switch (current)
        {
            case DocumentStart when ++documents > 1:
                throw new YamlLimitException(EvidenceCodes.MultipleDocuments, current.Start,
                    "the file holds more than one YAML document ('---'); an evidence file is a single document");
            case MappingEnd or SequenceEnd:
                frames.RemoveAt(frames.Count - 1);
                break;
            case NodeEvent or AnchorAlias:
                InspectNode(current);
                break;
        }
    }

    private void InspectNode(ParsingEvent node)
    {
        if (frames.Count > 0 && frames[^1].IsMapping)
        {
            var frame = frames[^1];
            if (frame.ExpectsKey && node is not Scalar)
                throw new YamlLimitException(EvidenceCodes.ComplexKey, node.Start,
                    "a mapping key must be plain text, not a list, a mapping or an alias");
            frames[^1] = frame with { ExpectsKey = !frame.ExpectsKey };
        }

        if (++values > EvidenceLimits.MaxValues)
            throw new YamlLimitException(EvidenceCodes.TooManyValues, node.Start, string.Create(CultureInfo.InvariantCulture,
                $"the file holds more than {EvidenceLimits.MaxValues:N0} values; split it or remove generated bulk"));

        if (node is AnchorAlias alias && !anchors.Contains(alias.Value.Value))
            throw new YamlLimitException(EvidenceCodes.UnknownAlias, node.Start,
                $"alias '*{alias.Value.Value}' refers to no anchor '&{alias.Value.Value}' defined before it");
        if (node is NodeEvent { Anchor.IsEmpty: false } anchored)
            anchors.Add(anchored.Anchor.Value);

        if (node is MappingStart or SequenceStart)
        {
            frames.Add(new Frame(node is MappingStart, ExpectsKey: true));
            if (frames.Count > EvidenceLimits.MaxDepth)
                throw new YamlLimitException(EvidenceCodes.NestingTooDeep, node.Start, string.Create(CultureInfo.InvariantCulture,
                    $"mappings and lists are nested more than {EvidenceLimits.MaxDepth} levels deep"));
        }
    }

    private readonly record struct Frame(bool IsMapping, bool ExpectsKey);
}

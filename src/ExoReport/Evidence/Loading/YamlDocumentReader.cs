using ExoReport.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExoReport.Evidence.Loading;

/// <summary>
/// Parses YAML text into YamlDotNet's representation model (nodes keep their start marks) and turns every way
/// that can fail into one diagnostic at a line and column: syntax errors, duplicate keys (YamlStream rejects
/// them), the guard's limits, an empty file, and a top level that is not a mapping.
/// </summary>
internal static class YamlDocumentReader
{
    private const string DuplicateKeyPrefix = "Duplicate key ";

    public static YamlReadResult Read(string file, string text)
    {
        var parser = new GuardedParser(new Parser(new StringReader(text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlLimitException e)
        {
            return Fail(MarkSpan.From(file, e.Where), e.Code, e.Message);
        }
        catch (YamlException e) when (e.Message.StartsWith(DuplicateKeyPrefix, StringComparison.Ordinal))
        {
            var key = e.Message[DuplicateKeyPrefix.Length..];
            return Fail(MarkSpan.From(file, e.Start), EvidenceCodes.DuplicateKey,
                $"duplicate key '{key}': a key may appear only once in a mapping");
        }
        catch (YamlException e)
        {
            return Fail(MarkSpan.From(file, e.Start), EvidenceCodes.YamlSyntax, "YAML syntax error: " + Sentence(e.Message));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            // YamlDotNet fails this way on some unclosed flow collections ("a: [1, 2" then a new key); it gives no
            // mark, so point just after the last event it parsed.
            return Fail(MarkSpan.From(file, parser.LastGoodEnd), EvidenceCodes.YamlSyntax,
                "YAML syntax error after this point: look for an unclosed '[', '{' or quote");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or null })
            return Fail(new SourceSpan(file, 1, 1), EvidenceCodes.EmptyFile,
                "the file is empty; an evidence file is a mapping that starts with 'schema_version: 1'");

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode mapping)
            return Fail(MarkSpan.From(file, root.Start), EvidenceCodes.TopLevelNotMapping,
                $"the top level is {KindOf(root)}, but an evidence file is a mapping of keys (schema_version, review, taxonomy, ...)");
        return new YamlReadResult(mapping, null);
    }

    private static YamlReadResult Fail(SourceSpan where, string code, string message) =>
        new(null, new Diagnostic(where, Severity.Error, code, message));

    private static string KindOf(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlScalarNode scalar => $"the single value '{scalar.Value}'",
        _ => "not a mapping",
    };

    /// <summary>YamlDotNet's messages start with a capital and end with a period; ours continue a sentence.</summary>
    private static string Sentence(string message)
    {
        var trimmed = message.Trim().TrimEnd('.');
        return trimmed.Length > 1 && char.IsUpper(trimmed[0]) && char.IsLower(trimmed[1])
            ? char.ToLowerInvariant(trimmed[0]) + trimmed[1..]
            : trimmed;
    }
}

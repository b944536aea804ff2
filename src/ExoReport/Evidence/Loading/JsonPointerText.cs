using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ExoReport.Evidence.Loading;

/// <summary>
/// JSON pointers (RFC 6901) as plain strings: the key shared by the source map, JsonSchema.Net's instance
/// locations and the model builder. Also renders a pointer the way a YAML author reads it: <c>studies[3].delivery</c>.
/// </summary>
internal static class JsonPointerText
{
    public const string Root = "";

    public static string Child(string parent, string key) =>
        parent + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Child(string parent, int index) =>
        parent + "/" + index.ToString(CultureInfo.InvariantCulture);

    public static string Parent(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? Root : pointer[..slash];
    }

    public static IReadOnlyList<string> Segments(string pointer)
    {
        if (pointer.Length == 0)
            return [];
        return pointer[1..].Split('/').Select(Unescape).ToArray();
    }

    public static string LastSegment(string pointer) => pointer.Length == 0 ? "" : Unescape(pointer[(pointer.LastIndexOf('/') + 1)..]);

    public static JsonNode? Resolve(JsonNode? root, string pointer)
    {
        var node = root;
        foreach (var segment in Segments(pointer))
        {
            node = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(segment, out var child) ? child : null,
                JsonArray array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
                _ => null,
            };
            if (node is null)
                return null;
        }
        return node;
    }

    /// <summary><c>/taxonomy/sources/1/label</c> → <c>taxonomy.sources[1].label</c>.</summary>
    public static string Readable(string pointer)
    {
        var text = new StringBuilder();
        foreach (var segment in Segments(pointer))
        {
            if (segment.Length > 0 && segment.All(char.IsAsciiDigit))
                text.Append('[').Append(segment).Append(']');
            else
                text.Append(text.Length == 0 ? "" : ".").Append(segment);
        }
        return text.ToString();
    }

    private static string Unescape(string segment) =>
        segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}

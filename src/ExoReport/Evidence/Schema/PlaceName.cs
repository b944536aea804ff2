using System.Text.Json.Nodes;
using ExoReport.Evidence.Loading;

namespace ExoReport.Evidence.Schema;

/// <summary>
/// Names a place in the file for a message: <c>taxonomy.sources[1] (id 'bm-msc')</c>, or "the top level".
/// The id helps more than an index when lists are long.
/// </summary>
internal static class PlaceName
{
    public static string Of(string pointer, JsonNode? root)
    {
        if (pointer.Length == 0)
            return "the top level";
        var readable = JsonPointerText.Readable(pointer);
        return JsonPointerText.Resolve(root, pointer) is JsonObject obj
               && obj.TryGetPropertyValue("id", out var id) && id is JsonValue value && value.TryGetValue<string>(out var text)
            ? $"{readable} (id '{text}')"
            : readable;
    }

    /// <summary>The key and the object holding it: "'label' in taxonomy.sources[1]", or "'review'" at the top.</summary>
    public static string OfKey(string pointer, JsonNode? root)
    {
        var key = JsonPointerText.LastSegment(pointer);
        var parent = JsonPointerText.Parent(pointer);
        return parent.Length == 0 ? $"'{key}'" : $"'{key}' in {Of(parent, root)}";
    }
}

using System.Text.Json;
using ExoReport.Evidence.Loading;

namespace ExoReport.Evidence.Schema;

/// <summary>
/// Reads the evidence schema as plain JSON: the subschema at a location (following local <c>$ref</c>s to
/// <c>#/definitions/...</c>), and what it says there (types, property names, required keys, enum values). The
/// error translator asks it for names to show and suggest; <see cref="SchemaShape"/> is built from it. It
/// covers the keywords our own schema uses, not all of JSON Schema.
/// </summary>
internal sealed class SchemaNavigator(JsonElement root)
{
    private const int MaxRefHops = 16;

    /// <summary>The subschema at a JSON pointer into the schema document, e.g. <c>/definitions/term</c>.</summary>
    public JsonElement? At(string pointer)
    {
        JsonElement current = root;
        foreach (var segment in JsonPointerText.Segments(pointer))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
                return null;
        }
        return current;
    }

    public JsonElement? Resolve(JsonElement? schema)
    {
        for (var hop = 0; hop < MaxRefHops && schema is { ValueKind: JsonValueKind.Object } s; hop++)
        {
            if (!s.TryGetProperty("$ref", out var reference) || reference.GetString() is not { } target || !target.StartsWith('#'))
                return s;
            schema = At(Uri.UnescapeDataString(target[1..]));
        }
        return schema is { ValueKind: JsonValueKind.Object } ? schema : null;
    }

    public IReadOnlyList<string> Types(JsonElement? schema) => Strings(schema, "type");

    public IReadOnlyList<string> PropertyNames(JsonElement? schema) =>
        Resolve(schema) is { } s && s.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().Select(p => p.Name).ToArray()
            : [];

    public IReadOnlyList<string> Required(JsonElement? schema) => Strings(schema, "required");

    public IReadOnlyList<JsonElement> Enum(JsonElement? schema) =>
        Resolve(schema) is { } s && s.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().ToArray()
            : [];

    public JsonElement? Keyword(JsonElement? schema, string keyword) =>
        Resolve(schema) is { } s && s.TryGetProperty(keyword, out var value) ? value : null;

    public string? Description(JsonElement? schema) =>
        Keyword(schema, "description") is { ValueKind: JsonValueKind.String } d ? d.GetString() : null;

    private IReadOnlyList<string> Strings(JsonElement? schema, string keyword) => Keyword(schema, keyword) switch
    {
        { ValueKind: JsonValueKind.String } one => [one.GetString()!],
        { ValueKind: JsonValueKind.Array } many => many.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray(),
        _ => [],
    };
}

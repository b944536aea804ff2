using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ExoReport.Evidence.Schema;

/// <summary>Names JSON types and values the way a YAML author thinks of them: a mapping, a list, the text "abc".</summary>
internal static class ValueDescription
{
    private const int MaxQuotedLength = 60;

    public static string OfType(string schemaType) => schemaType switch
    {
        "object" => "a mapping",
        "array" => "a list",
        "string" => "text",
        "integer" => "a whole number",
        "number" => "a number",
        "boolean" => "true or false",
        "null" => "nothing",
        _ => schemaType,
    };

    public static string OfTypes(IReadOnlyList<string> schemaTypes) =>
        schemaTypes.Count == 0 ? "another type" : string.Join(" or ", schemaTypes.Select(OfType));

    public static string Of(JsonNode? value) => value switch
    {
        null => "no value",
        JsonObject => "a mapping",
        JsonArray => "a list",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => $"the text {Quote(v.GetValue<string>())}",
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => $"the boolean {Literal(v)}",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => $"the number {Literal(v)}",
        _ => $"the value {value.ToJsonString()}",
    };

    /// <summary>A scalar as it would be written: text quoted, numbers and booleans bare.</summary>
    public static string Literal(JsonNode? value) => value switch
    {
        null => "null",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => Quote(v.GetValue<string>()),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "true",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "false",
        JsonValue v when v.TryGetValue<decimal>(out var d) => d.ToString(CultureInfo.InvariantCulture),
        _ => value.ToJsonString(),
    };

    public static string Literal(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        _ => element.GetRawText(),
    };

    private static string Quote(string text) =>
        "'" + (text.Length > MaxQuotedLength ? text[..MaxQuotedLength] + "…" : text) + "'";
}

using System.Text.Json.Nodes;
using ExoReport.Diagnostics;

namespace ExoReport.Evidence.Loading;

/// <summary>
/// Reads the keys of one schema-valid JSON object for the model builder. The schema has already checked every
/// type, so reads are direct; absent optional lists read as empty lists.
/// </summary>
internal readonly struct FieldReader(JsonObject obj, string pointer, SourceMap map)
{
    public SourceSpan Where => map.ValueAt(pointer);

    public bool Has(string key) => obj[key] is not null;

    public string Text(string key) => obj[key]!.GetValue<string>();

    public string? OptionalText(string key) => obj[key]?.GetValue<string>();

    public int? OptionalInt(string key) => obj[key] is JsonValue value ? (int)value.GetValue<decimal>() : null;

    public int Int(string key) => OptionalInt(key)!.Value;

    public decimal Decimal(string key) => obj[key]!.GetValue<decimal>();

    public decimal? OptionalDecimal(string key) => obj[key]?.GetValue<decimal>();

    public bool Boolean(string key, bool fallback) => obj[key]?.GetValue<bool>() ?? fallback;

    public IReadOnlyList<string> Texts(string key) =>
        obj[key] is JsonArray array ? array.Select(item => item!.GetValue<string>()).ToArray() : [];

    public FieldReader? Object(string key) =>
        obj[key] is JsonObject child ? new FieldReader(child, JsonPointerText.Child(pointer, key), map) : null;

    public IReadOnlyList<T> Objects<T>(string key, Func<FieldReader, T> build)
    {
        if (obj[key] is not JsonArray array)
            return [];
        var listPointer = JsonPointerText.Child(pointer, key);
        var items = new T[array.Count];
        for (var i = 0; i < array.Count; i++)
            items[i] = build(new FieldReader((JsonObject)array[i]!, JsonPointerText.Child(listPointer, i), map));
        return items;
    }
}

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ExoReport.Evidence.Schema;

/// <summary>
/// The JSON Schema (draft-07) of evidence files, embedded in this assembly from schema/evidence.schema.json so
/// validation never depends on files next to the executable. <c>exoreport schema</c> prints <see cref="Text"/>.
/// </summary>
public static class EvidenceSchema
{
    public const string ResourceName = "ExoReport.schema.evidence.schema.json";

    private static readonly Lazy<string> text = new(ReadResource);
    private static readonly Lazy<JsonSchema> compiled = new(() => JsonSchema.FromText(text.Value));
    // A cloned JsonElement is immutable and safe to read from many threads, unlike a JsonNode tree.
    private static readonly Lazy<JsonElement> element = new(() =>
    {
        using var document = JsonDocument.Parse(text.Value);
        return document.RootElement.Clone();
    });
    private static readonly Lazy<SchemaNavigator> navigator = new(() => new SchemaNavigator(element.Value));
    private static readonly Lazy<SchemaShape> shape = new(() => SchemaShape.Build(navigator.Value, element.Value));
    private static readonly Lazy<IReadOnlyDictionary<string, JsonSchema>> itemSchemas = new(BuildItemSchemas);

    /// <summary>The schema as JSON text, exactly as shipped.</summary>
    public static string Text => text.Value;

    internal static JsonSchema Compiled => compiled.Value;

    internal static SchemaNavigator Navigator => navigator.Value;

    internal static SchemaShape Shape => shape.Value;

    /// <summary>
    /// For each top-level list whose items are a definition (references, studies, clinical): a schema for one
    /// item. It holds the same definitions at the same place, so error locations read exactly as in the full
    /// schema. Lets validation check a long list item by item and stop early.
    /// </summary>
    internal static IReadOnlyDictionary<string, JsonSchema> ItemSchemas => itemSchemas.Value;

    private static IReadOnlyDictionary<string, JsonSchema> BuildItemSchemas()
    {
        var root = JsonNode.Parse(text.Value)!.AsObject();
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var (name, property) in root["properties"]!.AsObject())
        {
            if (property?["items"]?["$ref"] is not JsonValue reference)
                continue;
            var itemSchema = new JsonObject
            {
                ["$schema"] = root["$schema"]!.DeepClone(),
                ["$ref"] = reference.DeepClone(),
                ["definitions"] = root["definitions"]!.DeepClone(),
            };
            schemas[name] = JsonSchema.FromText(itemSchema.ToJsonString());
        }
        return schemas;
    }

    private static string ReadResource()
    {
        using var stream = typeof(EvidenceSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The evidence schema resource '{ResourceName}' is missing from {typeof(EvidenceSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

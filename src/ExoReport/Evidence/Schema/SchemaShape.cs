using System.Text.Json;

namespace ExoReport.Evidence.Schema;

/// <summary>
/// The schema boiled down to what YAML conversion asks at every value: which types are expected here, and what
/// shape applies to a key or a list item. Built once from the schema (shared definitions stay shared), then
/// only read, so converting a value costs one dictionary lookup instead of a walk through JSON.
/// </summary>
internal sealed class SchemaShape
{
    private readonly Dictionary<string, SchemaShape> properties = new(StringComparer.Ordinal);

    private SchemaShape()
    {
    }

    public IReadOnlyList<string> Types { get; private set; } = [];

    public SchemaShape? Items { get; private set; }

    private SchemaShape? AdditionalProperties { get; set; }

    /// <summary>The shape of a key's value: its <c>properties</c> entry, else the <c>additionalProperties</c> schema, else none.</summary>
    public SchemaShape? Property(string name) => properties.TryGetValue(name, out var shape) ? shape : AdditionalProperties;

    public static SchemaShape Build(SchemaNavigator navigator, JsonElement root)
    {
        var byReference = new Dictionary<string, SchemaShape>(StringComparer.Ordinal);
        return From(navigator, root, byReference);
    }

    private static SchemaShape From(SchemaNavigator navigator, JsonElement schema, Dictionary<string, SchemaShape> byReference)
    {
        string? reference = null;
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var target) && target.GetString() is { } text)
        {
            reference = text;
            if (byReference.TryGetValue(text, out var known))
                return known;
        }

        // Registered before its children are built, so a recursive definition ends at itself.
        var shape = new SchemaShape();
        if (reference is not null)
            byReference[reference] = shape;
        if (navigator.Resolve(schema) is not { } resolved)
            return shape;

        shape.Types = navigator.Types(resolved);
        if (resolved.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in props.EnumerateObject())
                shape.properties[property.Name] = From(navigator, property.Value, byReference);
        }
        if (resolved.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
            shape.AdditionalProperties = From(navigator, additional, byReference);
        if (resolved.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object)
            shape.Items = From(navigator, items, byReference);
        return shape;
    }
}

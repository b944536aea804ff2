using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExoReport.Diagnostics;
using ExoReport.Evidence.Loading;
using ExoReport.Evidence.Validation;

namespace ExoReport.Evidence.Schema;

/// <summary>
/// Turns one JsonSchema.Net error (instance location, schema location, keyword) into a diagnostic a YAML author
/// can act on. It reads the failing subschema itself, so messages can name the missing key, the allowed keys
/// and values, and suggest the closest one; the position comes from the source map (the key's position for an
/// unknown key, the value's otherwise).
/// </summary>
internal sealed class SchemaErrorTranslator(JsonNode instance, SourceMap map, SchemaNavigator schema)
{
    public IEnumerable<Diagnostic> Translate(string instancePointer, string schemaPointer, string keyword, string libraryMessage)
    {
        var subschema = schema.At(schemaPointer);
        var value = JsonPointerText.Resolve(instance, instancePointer);
        var path = JsonPointerText.Readable(instancePointer);
        switch (keyword)
        {
            case "required":
                foreach (var diagnostic in MissingKeys(instancePointer, subschema, value))
                    yield return diagnostic;
                break;
            case "" when schemaPointer.EndsWith("/additionalProperties", StringComparison.Ordinal):
                yield return UnknownKey(instancePointer, JsonPointerText.Parent(schemaPointer));
                break;
            case "type":
                yield return WrongType(instancePointer, path, subschema, value);
                break;
            case "pattern":
                yield return Error(instancePointer, EvidenceCodes.PatternMismatch,
                    $"{path}: {ValueDescription.Literal(value)} is not {schema.Description(subschema) ?? "in the expected form"} (pattern {PatternOf(subschema)})");
                break;
            case "enum":
                yield return NotAllowed(instancePointer, path, subschema, value);
                break;
            case "const":
                yield return Error(instancePointer, EvidenceCodes.UnsupportedVersion,
                    $"{path} must be {ConstOf(subschema)}, got {ValueDescription.Literal(value)}: this version of exoreport reads only that");
                break;
            case "minimum" or "exclusiveMinimum":
                yield return Error(instancePointer, EvidenceCodes.OutOfRange,
                    $"{path}: {ValueDescription.Literal(value)} is below the smallest allowed value {BoundOf(subschema, keyword)}");
                break;
            case "maximum" or "exclusiveMaximum":
                yield return Error(instancePointer, EvidenceCodes.OutOfRange,
                    $"{path}: {ValueDescription.Literal(value)} is above the largest allowed value {BoundOf(subschema, keyword)}");
                break;
            case "minLength":
                yield return Error(instancePointer, EvidenceCodes.EmptyValue, $"{path} must not be empty text");
                break;
            case "minItems":
                yield return Error(instancePointer, EvidenceCodes.EmptyValue, $"{path} must not be an empty list");
                break;
            default:
                yield return Error(instancePointer, EvidenceCodes.SchemaViolation,
                    $"{(path.Length == 0 ? "the top level" : path)}: {libraryMessage}");
                break;
        }
    }

    private IEnumerable<Diagnostic> MissingKeys(string pointer, JsonElement? subschema, JsonNode? value)
    {
        if (value is not JsonObject obj)
            yield break;
        var where = PlaceName.Of(pointer, instance);
        foreach (var key in schema.Required(subschema).Where(key => !obj.ContainsKey(key)))
        {
            yield return Error(pointer, EvidenceCodes.MissingKey,
                pointer.Length == 0 ? $"missing required key '{key}' at the top level" : $"missing required key '{key}' in {where}");
        }
    }

    private Diagnostic UnknownKey(string pointer, string objectSchemaPointer)
    {
        var key = JsonPointerText.LastSegment(pointer);
        var allowed = schema.PropertyNames(schema.At(objectSchemaPointer));
        var parent = JsonPointerText.Parent(pointer);
        var where = parent.Length == 0 ? "at the top level" : "in " + PlaceName.Of(parent, instance);
        var hint = NameSuggester.Suggest(key, allowed) is { } suggestion
            ? $"; did you mean '{suggestion}'?"
            : $"; allowed keys: {string.Join(", ", allowed)}";
        return new Diagnostic(map.KeyAt(pointer), Severity.Error, EvidenceCodes.UnknownKey, $"unknown key '{key}' {where}{hint}");
    }

    private Diagnostic WrongType(string pointer, string path, JsonElement? subschema, JsonNode? value)
    {
        var expected = ValueDescription.OfTypes(schema.Types(subschema));
        var name = path.Length == 0 ? "the top level" : path;
        return value is null
            ? Error(pointer, EvidenceCodes.WrongType, $"{name} has no value: expected {expected} (write a value, or remove the key)")
            : Error(pointer, EvidenceCodes.WrongType, $"wrong type for {name}: expected {expected}, got {ValueDescription.Of(value)}");
    }

    private Diagnostic NotAllowed(string pointer, string path, JsonElement? subschema, JsonNode? value)
    {
        var allowed = schema.Enum(subschema).Select(ValueDescription.Literal).ToArray();
        var given = ValueDescription.Literal(value);
        var hint = value is JsonValue v && v.TryGetValue<string>(out var text) && NameSuggester.Suggest(text, allowed) is { } suggestion
            ? $"; did you mean '{suggestion}'?"
            : "";
        return Error(pointer, EvidenceCodes.ValueNotAllowed,
            $"{path}: {given} is not allowed; allowed values: {string.Join(", ", allowed)}{hint}");
    }

    private string PatternOf(JsonElement? subschema) =>
        schema.Keyword(subschema, "pattern") is { ValueKind: JsonValueKind.String } p ? p.GetString()! : "?";

    private string ConstOf(JsonElement? subschema) =>
        schema.Keyword(subschema, "const") is { } c ? ValueDescription.Literal(c) : "?";

    private string BoundOf(JsonElement? subschema, string keyword) =>
        schema.Keyword(subschema, keyword) is { ValueKind: JsonValueKind.Number } n
            ? n.GetDecimal().ToString(CultureInfo.InvariantCulture)
            : "?";

    private Diagnostic Error(string pointer, string code, string message) =>
        new(map.ValueAt(pointer), Severity.Error, code, message);
}

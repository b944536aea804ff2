using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExoReport.Evidence.Loading;

/// <summary>
/// How a YAML scalar becomes a JSON value. The rule, in full:
/// <list type="bullet">
/// <item>a quoted or block scalar ('…', "…", |, &gt;) is always a string;</item>
/// <item>a plain scalar that is empty, <c>~</c> or <c>null</c> is null (so a forgotten value is reported);</item>
/// <item>a plain scalar is a number only where the schema expects a number or integer and it looks like one
///   (<c>12</c>, <c>-3.5</c>, <c>1e3</c>), and a boolean only where the schema expects one and it is
///   <c>true</c>/<c>false</c>;</item>
/// <item>everything else is a string: <c>volume: 143</c> is the text "143", <c>year: "2020"</c> is a string
///   and so a type error.</item>
/// </list>
/// Numbers become decimals, which keep the digits as written (17.10 stays 17.10).
/// </summary>
internal static partial class ScalarTyping
{
    public static JsonNode? ToJson(YamlScalarNode scalar, IReadOnlyList<string> expectedTypes)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
            return JsonValue.Create(value);
        if (value is "" or "~" or "null" or "Null" or "NULL")
            return null;
        if ((expectedTypes.Contains("number") || expectedTypes.Contains("integer")) && TryNumber(value, out var number))
            return JsonValue.Create(number);
        if (expectedTypes.Contains("boolean") && TryBoolean(value, out var boolean))
            return JsonValue.Create(boolean);
        return JsonValue.Create(value);
    }

    private static bool TryNumber(string value, out decimal number)
    {
        number = 0;
        return NumberPattern().IsMatch(value)
            && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    private static bool TryBoolean(string value, out bool boolean)
    {
        boolean = value is "true" or "True" or "TRUE";
        return boolean || value is "false" or "False" or "FALSE";
    }

    // YAML 1.2 core-schema decimals and floats; no hex, octal, .inf or .nan: a review has no use for them.
    [GeneratedRegex(@"^[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}

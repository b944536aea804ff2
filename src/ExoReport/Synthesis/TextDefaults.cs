namespace ExoReport.Synthesis;

/// <summary>Shared wording for things the data does not say, so every section and format prints the same.</summary>
public static class TextDefaults
{
    /// <summary>Printed where the evidence has no value.</summary>
    public const string Missing = "–";

    public static string OrMissing(string? text) => string.IsNullOrWhiteSpace(text) ? Missing : text;

    public static string JoinOrMissing(IEnumerable<string> parts, string separator = "; ")
    {
        var joined = string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return joined.Length == 0 ? Missing : joined;
    }
}

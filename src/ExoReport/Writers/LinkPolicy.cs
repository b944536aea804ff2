using System.Text.RegularExpressions;

namespace ExoReport.Writers;

/// <summary>
/// Which link targets any writer will make clickable: http, https and doi links, and relative paths. Everything
/// else (javascript:, file:, data:, ...) is printed as plain text, the same way in every format.
/// </summary>
internal static partial class LinkPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "doi"];

    /// <summary>The URL trimmed, or null when it is empty, holds control characters or has a refused scheme.</summary>
    public static string? Accept(string? url)
    {
        var trimmed = url?.Trim(' ', '\t', '\n', '\r', '\f', '\v');
        if (string.IsNullOrEmpty(trimmed) || trimmed.Any(char.IsControl))
            return null;
        var scheme = SchemePattern().Match(trimmed);
        return !scheme.Success || AllowedSchemes.Contains(scheme.Groups[1].Value, StringComparer.OrdinalIgnoreCase)
            ? trimmed
            : null;
    }

    /// <summary>An RFC 3986 scheme, ended by ':' before any '/', '?' or '#'; without one the URL is relative.</summary>
    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}

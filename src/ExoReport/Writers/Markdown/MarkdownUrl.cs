using System.Text;
using System.Text.RegularExpressions;

namespace ExoReport.Writers.Markdown;

/// <summary>The work behind <see cref="MarkdownText.Url"/>.</summary>
internal static partial class MarkdownUrl
{
    private static readonly string[] AllowedSchemes = ["http", "https", "doi"];

    public static string? Encode(string? url)
    {
        var trimmed = url?.Trim(' ', '\t', '\n', '\r', '\f', '\v');
        if (string.IsNullOrEmpty(trimmed) || trimmed.Any(char.IsControl) || !HasAllowedScheme(trimmed))
        {
            return null;
        }

        var output = new StringBuilder(trimmed.Length + 8).Append('<');
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            switch (c)
            {
                case ' ':
                    output.Append("%20");
                    break;
                case '<':
                    output.Append("%3C");
                    break;
                case '>':
                    output.Append("%3E");
                    break;
                case '\\': // a backslash before punctuation would be read as an escape and vanish
                    output.Append("%5C");
                    break;
                case '&' when EntityPattern().IsMatch(trimmed.AsSpan(i)):
                    // "&amp;" would be decoded to "&"; Markdig decodes after backslash escapes, so "\&" fails too.
                    output.Append("&amp;");
                    break;
                case var _ when char.IsHighSurrogate(c) && i + 1 < trimmed.Length && char.IsLowSurrogate(trimmed[i + 1]):
                    output.Append(c).Append(trimmed[++i]);
                    break;
                case var _ when char.IsSurrogate(c):
                    output.Append("%EF%BF%BD"); // a lone surrogate cannot be written as UTF-8
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        return output.Append('>').ToString();
    }

    private static bool HasAllowedScheme(string url)
    {
        var scheme = SchemePattern().Match(url);
        return !scheme.Success
               || AllowedSchemes.Contains(scheme.Groups[1].Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>An RFC 3986 scheme, ended by ':' before any '/', '?' or '#'; without one the URL is relative.</summary>
    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex SchemePattern();

    /// <summary>What CommonMark would read as an entity or numeric character reference.</summary>
    [GeneratedRegex("^&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex EntityPattern();
}

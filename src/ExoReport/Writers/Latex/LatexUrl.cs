using System.Text;
using System.Text.RegularExpressions;

namespace ExoReport.Writers.Latex;

/// <summary>The work behind <see cref="LatexText.Url"/>.</summary>
internal static partial class LatexUrl
{
    private static readonly string[] AllowedSchemes = ["http", "https", "doi"];

    public static string? Encode(string? url)
    {
        var trimmed = url?.Trim(' ', '\t', '\n', '\r', '\f', '\v');
        if (string.IsNullOrEmpty(trimmed) || trimmed.Any(char.IsControl) || !HasAllowedScheme(trimmed))
        {
            return null;
        }

        var output = new StringBuilder(trimmed.Length + 16);
        var fragmentStarted = false;
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            switch (c)
            {
                case '%' when IsPercentEscape(trimmed, i):
                    output.Append(@"\%"); // hyperref turns \% back into %, in any argument
                    break;
                case '#' when !fragmentStarted:
                    fragmentStarted = true;
                    output.Append(@"\#");
                    break;
                case >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9':
                case '-' or '.' or '_' or ':' or '/' or '?' or '@' or '!' or '$' or '&' or '\'':
                case '(' or ')' or '*' or '+' or ',' or ';' or '=' or '[' or ']':
                    output.Append(c);
                    break;
                default:
                    AppendPercentEncoded(output, trimmed, ref i);
                    break;
            }
        }

        return output.ToString();
    }

    private static bool HasAllowedScheme(string url)
    {
        var scheme = SchemePattern().Match(url);
        return !scheme.Success
               || AllowedSchemes.Contains(scheme.Groups[1].Value, StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsPercentEscape(string text, int index) =>
        index + 2 < text.Length && char.IsAsciiHexDigit(text[index + 1]) && char.IsAsciiHexDigit(text[index + 2]);

    /// <summary>Writes the UTF-8 bytes of the character at <paramref name="i"/> as <c>\%XX</c>.</summary>
    private static void AppendPercentEncoded(StringBuilder output, string text, ref int i)
    {
        var rune = Rune.ReplacementChar; // a lone surrogate, one char long
        if (Rune.TryGetRuneAt(text, i, out var found))
        {
            rune = found;
            i += found.Utf16SequenceLength - 1;
        }

        Span<byte> bytes = stackalloc byte[4];
        var length = rune.EncodeToUtf8(bytes);
        foreach (var b in bytes[..length])
        {
            output.Append(@"\%").Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>An RFC 3986 scheme, ended by ':' before any '/', '?' or '#'; without one the URL is relative.</summary>
    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}

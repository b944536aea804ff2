using System.Text;
using System.Text.RegularExpressions;

namespace ExoReport.Writers.Latex;

/// <summary>The work behind <see cref="LatexText.Url"/>.</summary>
internal static partial class LatexUrl
{
    public static string? Encode(string? url)
    {
        if (LinkPolicy.Accept(url) is not { } trimmed)
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

}

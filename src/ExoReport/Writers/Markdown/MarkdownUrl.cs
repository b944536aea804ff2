using System.Text;
using System.Text.RegularExpressions;

namespace ExoReport.Writers.Markdown;

/// <summary>The work behind <see cref="MarkdownText.Url"/>.</summary>
internal static partial class MarkdownUrl
{
    public static string? Encode(string? url)
    {
        if (LinkPolicy.Accept(url) is not { } trimmed)
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

    /// <summary>What CommonMark would read as an entity or numeric character reference.</summary>
    [GeneratedRegex("^&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex EntityPattern();
}

using System.Text;
using System.Text.RegularExpressions;

namespace ExoReport.Writers.Markdown;

/// <summary>The character-by-character work behind <see cref="MarkdownText.Inline"/>.</summary>
internal static partial class MarkdownEscaper
{
    public static string Escape(string? text)
    {
        var clean = Normalise(text);
        var output = new StringBuilder(clean.Length + clean.Length / 8);
        var listMarkerEnd = OrderedListMarkerEnd(clean);
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            if (NeedsEscape(clean, i, listMarkerEnd))
            {
                output.Append('\\');
            }

            output.Append(c);
        }

        return output.ToString();
    }

    private static bool NeedsEscape(string text, int i, int listMarkerEnd) => text[i] switch
    {
        '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '|' or '~' or '$' or '{' or '}' => true,
        '&' => EntityPattern().IsMatch(text.AsSpan(i)),
        '#' or '>' or '-' or '+' or '=' => i == 0,
        '.' or ')' => i == listMarkerEnd || StartsAutoLink(text, i),
        ':' => StartsAutoLink(text, i),
        _ => false,
    };

    /// <summary>
    /// Whether the ':' or '.' at <paramref name="i"/> completes "http:", "https:", "ftp:", "mailto:", "tel:" or
    /// "www." at a word start: GFM renderers turn those into links, and some (Markdig) then read the link text
    /// from the raw source, backslashes included.
    /// </summary>
    private static bool StartsAutoLink(string text, int i)
    {
        var wordStart = i;
        while (wordStart > 0 && char.IsAsciiLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        return text[i] == ':'
            ? word.Equals("http", StringComparison.OrdinalIgnoreCase)
              || word.Equals("https", StringComparison.OrdinalIgnoreCase)
              || word.Equals("ftp", StringComparison.OrdinalIgnoreCase)
              || word.Equals("mailto", StringComparison.OrdinalIgnoreCase)
              || word.Equals("tel", StringComparison.OrdinalIgnoreCase)
            : word.Equals("www", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Index of the '.' or ')' that would make a leading "1." or "12)" an ordered list marker (followed by a space
    /// or the end, so "1.5 mg" is left alone), or -1.
    /// </summary>
    private static int OrderedListMarkerEnd(string text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        var marker = digits > 0 && digits < text.Length && text[digits] is '.' or ')';
        return marker && (digits + 1 == text.Length || text[digits + 1] == ' ') ? digits : -1;
    }

    /// <summary>
    /// Collapses runs of spaces, tabs and line breaks into one space and trims all whitespace (no-break spaces too)
    /// from both ends; replaces control characters and lone surrogates with U+FFFD.
    /// </summary>
    private static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var output = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                pendingSpace = output.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                output.Append(' ');
                pendingSpace = false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                output.Append(c).Append(text[++i]);
            }
            else
            {
                output.Append(char.IsControl(c) || char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        // Renderers trim cells (and some trim paragraphs) by Unicode whitespace, not only ASCII spaces. Trimmed
        // before escaping, which decides by position what starts a block.
        return output.ToString().Trim();
    }

    /// <summary>What CommonMark would read as an entity or numeric character reference.</summary>
    [GeneratedRegex("^&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex EntityPattern();
}

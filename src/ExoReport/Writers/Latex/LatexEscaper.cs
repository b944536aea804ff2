using System.Globalization;
using System.Text;

namespace ExoReport.Writers.Latex;

/// <summary>The character-by-character work behind <see cref="LatexText.Escape"/>.</summary>
internal static class LatexEscaper
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var output = new StringBuilder(text.Length + text.Length / 4);
        var i = 0;
        while (i < text.Length)
        {
            i = AppendOne(output, text, i);
        }

        // A trailing ligature starter would join with whatever the template writes next ("-" + "-").
        if (EndsWithLigatureStarter(output))
        {
            output.Append(LigatureBreak);
        }

        return output.ToString();
    }

    /// <summary>Splits on every kind of line break (CR LF, CR, LF, NEL, LS, PS).</summary>
    public static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsLineBreak(text[i]))
            {
                continue;
            }

            yield return text[start..i];
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        yield return text[start..];
    }

    /// <summary>Appends the LaTeX for the character(s) at <paramref name="index"/>; returns the next index.</summary>
    private static int AppendOne(StringBuilder output, string text, int index)
    {
        var c = text[index];

        if (c < 0x80)
        {
            if (IsAsciiLetter(c))
            {
                return AppendLetterWithMarks(output, c, text, index + 1);
            }

            Append(output, AsciiLatex(c, atStart: output.Length == 0));
            return index + 1;
        }

        if (LatexScripts.ByCharacter.ContainsKey(c))
        {
            return AppendScriptRun(output, text, index);
        }

        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            var codePoint = char.ConvertToUtf32(c, text[index + 1]);
            if (!IsIgnorable(codePoint))
            {
                AppendPlaceholder(output, codePoint);
            }

            return index + 2;
        }

        if (IsIgnorable(c))
        {
            return index + 1;
        }

        if (IsLineBreak(c))
        {
            output.Append(' ');
            return index + 1;
        }

        if (LatexUnicodeMap.ByCharacter.TryGetValue(c, out var latex))
        {
            Append(output, latex);
            return index + 1;
        }

        if (LatinDecompositions.ByLetter.TryGetValue(c, out var decomposed))
        {
            return AppendLetterWithMarks(output, decomposed[0], text, index + 1, decomposed.AsSpan(1));
        }

        // Lone surrogates, lone combining marks, and every script LaTeX cannot set without extra fonts.
        AppendPlaceholder(output, c);
        return index + 1;
    }

    private static string AsciiLatex(char c, bool atStart) => c switch
    {
        '\\' => @"\textbackslash{}",
        '{' => @"\{",
        '}' => @"\}",
        '$' => @"\$",
        '&' => @"\&",
        '#' => @"\#",
        '^' => @"\textasciicircum{}",
        '_' => @"\_",
        '%' => @"\%",
        '~' => @"\textasciitilde{}",
        '<' => @"\textless{}",
        '>' => @"\textgreater{}",
        '|' => @"\textbar{}",
        '"' => @"\textquotedbl{}",
        '\'' => @"\textquotesingle{}",
        '`' => @"\textasciigrave{}",
        // Brackets in braces: a "[" right after \item or \\ would be read as an optional argument, a "]" would
        // close one the template opened.
        '[' => "{[}",
        ']' => "{]}",
        // Likewise a leading "*" after \\ would select its starred form.
        '*' when atStart => "{*}",
        '\t' or '\n' or '\v' or '\f' or '\r' => " ",
        < ' ' or '\x7F' => Placeholder(c),
        _ => c.ToString(),
    };

    /// <summary>
    /// Appends an ASCII letter, or a letter from <see cref="LatinDecompositions"/>, with its marks and any
    /// combining marks that follow it in the text, as nested accent commands. Marks with no LaTeX accent are
    /// left for the main loop, which prints them as placeholders.
    /// </summary>
    private static int AppendLetterWithMarks(
        StringBuilder output, char letter, string text, int next, ReadOnlySpan<char> ownMarks = default)
    {
        var end = next;
        while (end < text.Length && LatexAccents.IsSupported(text[end]))
        {
            end++;
        }

        if (ownMarks.IsEmpty && end == next)
        {
            output.Append(letter);
            return next;
        }

        var marks = string.Concat(ownMarks, text.AsSpan(next, end - next));
        var accented = new StringBuilder();
        LatexAccents.Append(accented, letter, marks);
        Append(output, accented.ToString());
        return end;
    }

    /// <summary>A run of superscript (or subscript) characters becomes one <c>\textsuperscript{...}</c>.</summary>
    private static int AppendScriptRun(StringBuilder output, string text, int index)
    {
        var position = LatexScripts.ByCharacter[text[index]].Position;
        var run = new StringBuilder(LatexScripts.Command(position));
        var end = index;
        while (end < text.Length
               && LatexScripts.ByCharacter.TryGetValue(text[end], out var script)
               && script.Position == position)
        {
            run.Append(script.Latex);
            end++;
        }

        Append(output, run.Append('}').ToString());
        return end;
    }

    /// <summary>
    /// Glyphs that form a ligature with the next one in T1 fonts: "--" is an en dash, "–-" an em dash, "‘‘" a
    /// double quote, "!‘" an inverted "¡", "<<" a guillemet, ",," a low double quote.
    /// </summary>
    private static readonly string[] LigatureProne =
    [
        "-", ",", "!", "?", @"\textless{}", @"\textgreater{}", @"\textendash{}", @"\textemdash{}",
        @"\textquoteleft{}", @"\textquoteright{}",
    ];

    /// <summary>
    /// Separates two ligature-prone glyphs. An empty group is not enough: LuaTeX forms ligatures on the node list,
    /// where "{}" leaves nothing between the glyphs; a kern is a node in both engines.
    /// </summary>
    private const string LigatureBreak = @"\kern0pt{}";

    /// <summary>Appends <paramref name="latex"/>, first breaking any ligature it would form with what precedes it.</summary>
    private static void Append(StringBuilder output, string latex)
    {
        if (IsLigatureProne(latex) && EndsWithLigatureProne(output))
        {
            output.Append(LigatureBreak);
        }

        output.Append(latex);
    }

    private static bool IsLigatureProne(string latex) => Array.IndexOf(LigatureProne, latex) >= 0;

    private static bool EndsWithLigatureProne(StringBuilder output)
    {
        foreach (var prone in LigatureProne)
        {
            if (EndsWith(output, prone))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWith(StringBuilder output, string suffix)
    {
        if (output.Length < suffix.Length)
        {
            return false;
        }

        var offset = output.Length - suffix.Length;
        for (var i = 0; i < suffix.Length; i++)
        {
            if (output[offset + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the output ends with a glyph that would join whatever the template writes next ("-" + "-"). Not
    /// "!" and "?", which only join an opening quote: a break after every question would be noise.
    /// </summary>
    private static bool EndsWithLigatureStarter(StringBuilder output) =>
        EndsWithLigatureProne(output) && output[^1] is not ('!' or '?');

    private static void AppendPlaceholder(StringBuilder output, int codePoint) =>
        Append(output, Placeholder(codePoint));

    /// <summary>A visible stand-in for a character LaTeX cannot print: <c>[U+1F600]</c>, brackets braced.</summary>
    private static string Placeholder(int codePoint) =>
        "{[}U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture) + "{]}";

    private static bool IsAsciiLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>
    /// Invisible characters that only steer rendering (joiners, bidi controls, variation selectors, tags, BOM):
    /// dropping them changes nothing a reader sees, and printing placeholders for them would.
    /// </summary>
    private static bool IsIgnorable(int codePoint) => codePoint is
        (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x2064)
        or (>= 0x2066 and <= 0x2069) or 0x180E or 0xFEFF or (>= 0xFE00 and <= 0xFE0F)
        or (>= 0xE0000 and <= 0xE007F) or (>= 0xE0100 and <= 0xE01EF);
}

namespace ExoReport.Writers.Latex;

/// <summary>
/// Turns data strings into LaTeX. Pure functions of their arguments, for the LaTeX writer and its Scriban templates.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Escape"/> output prints exactly the given text and can never run a command, open a file or change a
/// catcode: every character TeX treats specially is written as a command, and the output is pure 7-bit ASCII, so
/// pdflatex and lualatex read it the same way and TeX's <c>^^</c> notation cannot occur (<c>^</c> is escaped).
/// </para>
/// <para>
/// It is text-mode material: put it in paragraphs, table cells, captions and headings, not inside <c>$...$</c>.
/// It needs <see cref="RequiredPreamble"/> and nothing else.
/// </para>
/// </remarks>
public static class LatexText
{
    /// <summary>
    /// The packages that every escaped string needs: T1 for the ASCII symbols (<c>\textless</c>, <c>\textbar</c>)
    /// and accented letters, Latin Modern for a T1 font with all of them, textcomp for units and signs
    /// (<c>\textdegree</c>, <c>\textquotesingle</c>), amsmath for <c>\ensuremath</c> Greek and relations,
    /// amssymb for <c>\varkappa</c>, <c>\lesssim</c>, <c>\digamma</c>.
    /// </summary>
    public const string RequiredPreamble = """
        \usepackage[T1]{fontenc}
        \usepackage{lmodern}
        \usepackage{textcomp}
        \usepackage{amsmath}
        \usepackage{amssymb}
        """;

    /// <summary>
    /// LaTeX that prints <paramref name="text"/> verbatim. Line breaks and tabs become spaces; characters with no
    /// LaTeX form (emoji, CJK, right-to-left scripts, stray combining marks) print as a visible placeholder such
    /// as <c>[U+1F600]</c>; invisible formatting characters (zero-width joiners, bidi controls, variation
    /// selectors) are dropped. Null gives "".
    /// </summary>
    public static string Escape(string? text) => LatexEscaper.Escape(text);

    /// <summary>
    /// Like <see cref="Escape"/>, but each line of <paramref name="text"/> is kept on its own line
    /// (<c>\newline</c>), for paragraphs and <c>p{}</c> table cells. Blank lines are dropped, because
    /// <c>\newline</c> on an empty line is a LaTeX error.
    /// </summary>
    public static string EscapeKeepingLineBreaks(string? text) =>
        EscapeLines(text is null ? [] : LatexEscaper.SplitLines(text));

    /// <summary>
    /// Escapes each item and puts each on its own line (<c>\newline</c> between them), for lists of items in a
    /// <c>p{}</c> table cell. Items are trimmed; null and blank ones are dropped, for the same reason as above.
    /// </summary>
    public static string EscapeLines(IEnumerable<string?>? items) =>
        string.Join(@"\newline ",
            (items ?? []).Where(item => !string.IsNullOrWhiteSpace(item)).Select(item => Escape(item!.Trim())));

    /// <summary>
    /// A link target for <c>\href{...}{...}</c> (needs hyperref), safe in any argument and table cell: spaces,
    /// TeX specials and non-ASCII are percent-encoded, an existing <c>%XX</c> and the fragment <c>#</c> are kept
    /// (written <c>\%</c>, <c>\#</c>, which hyperref turns back into % and #). Returns "" for anything that is
    /// not http, https, doi or a relative reference (javascript:, file:, data:, ...) or that holds control
    /// characters: print such a target as plain text instead of a link.
    /// </summary>
    public static string Url(string? url) => LatexUrl.Encode(url) ?? "";
}

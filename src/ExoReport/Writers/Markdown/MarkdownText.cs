namespace ExoReport.Writers.Markdown;

/// <summary>
/// Turns data strings into GitHub-flavoured Markdown that a CommonMark reader (Markdig, GitHub) reads back as
/// exactly the same text. Pure functions of their arguments, for the Markdown writer and its Scriban templates.
/// </summary>
/// <remarks>
/// <para>
/// Whitespace is normalised, as any Markdown renderer would do anyway: runs of spaces, tabs and line breaks become
/// one space, and leading and trailing whitespace goes. No-break spaces are kept. Control characters and lone
/// surrogates (which no UTF-8 file can hold) become U+FFFD.
/// </para>
/// <para>
/// Characters that can start inline markup anywhere (<c>\ ` * _ [ ] &lt; | ~ $ { }</c>) are always
/// backslash-escaped, <c>&amp;</c> only where it would start an entity, and <c>#</c> <c>&gt;</c> <c>-</c>
/// <c>+</c> <c>=</c> and "1." / "1)" only at the start, where they would open a heading, quote, list or
/// setext underline. "http://" and "www." are defused so that no renderer turns plain text into a link. Other
/// punctuation stays as it is, so that "10.1016/j.x" and "p > 0.05" read naturally in the Markdown source.
/// </para>
/// </remarks>
public static class MarkdownText
{
    /// <summary>Paragraph or heading text. Null gives "".</summary>
    public static string Inline(string? text) => MarkdownEscaper.Escape(text);

    /// <summary>
    /// Text for one cell of a GFM pipe table: as <see cref="Inline"/>, which already writes <c>|</c> as
    /// <c>\|</c> and line breaks as spaces, so a cell never splits or ends its row. Null gives "".
    /// </summary>
    public static string Cell(string? text) => MarkdownEscaper.Escape(text);

    /// <summary>
    /// Several items in one table cell, each on its own line: the escaped items joined with <c>&lt;br&gt;</c>, the
    /// only HTML the writer emits. Null and blank items are dropped.
    /// </summary>
    public static string CellLines(IEnumerable<string?>? items) =>
        string.Join("<br>", (items ?? []).Where(item => !string.IsNullOrWhiteSpace(item)).Select(Cell));

    /// <summary>
    /// A link destination, ready for <c>[text](...)</c> or <c>![alt](...)</c>: the URL in angle brackets, with
    /// spaces, <c>&lt;</c>, <c>&gt;</c> and <c>\</c> percent-encoded and everything else as written, so DOIs stay
    /// readable. Returns null for anything that is not http, https, doi or a relative reference (javascript:,
    /// data:, file:, ...) or that holds control characters: print such a target as plain text instead.
    /// </summary>
    public static string? Url(string? url) => MarkdownUrl.Encode(url);
}

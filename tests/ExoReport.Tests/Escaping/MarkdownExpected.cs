using System.Text.RegularExpressions;

namespace ExoReport.Tests.Escaping;

/// <summary>
/// What Markdown escaping promises to keep: the text with runs of ASCII whitespace and line breaks as one space,
/// trimmed of all whitespace at both ends.
/// </summary>
public static partial class MarkdownExpected
{
    public static string Text(string input) =>
        Whitespace().Replace(input, " ").Trim();

    [GeneratedRegex("[ \t\n\v\f\r\u0085\u2028\u2029]+")]
    private static partial Regex Whitespace();
}

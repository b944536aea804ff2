using System.Collections.Frozen;
using System.Text;

namespace ExoReport.Writers.Latex;

/// <summary>
/// Text-mode accent commands for Unicode combining marks, and how to put them on a base letter. Marks without a
/// standard LaTeX accent (horn, hook above, ring below, ...) are absent: the caller prints a placeholder instead.
/// </summary>
internal static class LatexAccents
{
    private sealed record Accent(string Command, bool Below);

    private static readonly FrozenDictionary<char, Accent> ByMark = new Dictionary<char, Accent>
    {
        ['\u0300'] = new(@"\`", false),
        ['\u0301'] = new(@"\'", false),
        ['\u0302'] = new(@"\^", false),
        ['\u0303'] = new(@"\~", false),
        ['\u0304'] = new(@"\=", false),
        ['\u0306'] = new(@"\u", false),
        ['\u0307'] = new(@"\.", false),
        ['\u0308'] = new(@"\""", false),
        ['\u030A'] = new(@"\r", false),
        ['\u030B'] = new(@"\H", false),
        ['\u030C'] = new(@"\v", false),
        ['\u0323'] = new(@"\d", true),
        ['\u0326'] = new(@"\textcommabelow", true),
        ['\u0327'] = new(@"\c", true),
        ['\u0328'] = new(@"\k", true),
        ['\u0331'] = new(@"\b", true),
    }.ToFrozenDictionary();

    public static bool IsSupported(char mark) => ByMark.ContainsKey(mark);

    /// <summary>
    /// Writes <paramref name="baseLetter"/> (an ASCII letter) with <paramref name="marks"/> applied innermost first,
    /// e.g. u + U+0308 + U+0301 gives <c>\'{\"{u}}</c>. All marks must be supported.
    /// </summary>
    public static void Append(StringBuilder output, char baseLetter, ReadOnlySpan<char> marks)
    {
        // An accent above i or j must sit on the dotless letter, or the dot stays under it (ī, ǐ, ǰ).
        var anyAbove = false;
        foreach (var mark in marks)
        {
            anyAbove |= !ByMark[mark].Below;
        }

        var letter = (baseLetter, anyAbove) switch
        {
            ('i', true) => @"\i",
            ('j', true) => @"\j",
            _ => baseLetter.ToString(),
        };

        for (var i = marks.Length - 1; i >= 0; i--)
        {
            output.Append(ByMark[marks[i]].Command).Append('{');
        }

        output.Append(letter);
        output.Append('}', marks.Length);
    }
}

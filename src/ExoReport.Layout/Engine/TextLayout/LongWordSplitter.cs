using System.Text;

namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>
/// Breaks a word longer than a line (a DOI, a URL, a long chemical name) into pieces. Prefers to break after
/// '/', '-', '.', '_' and similar characters when that still fills most of the line; otherwise breaks at the
/// last character that fits.
/// </summary>
internal static class LongWordSplitter
{
    private const string BreakAfterCharacters = "/-._?&=:;,#~)]}";

    /// <summary>A preferred break is only taken when it fills at least this share of the line.</summary>
    private const float MinimumFillForPreferredBreak = 0.5f;

    /// <summary>The word from character <paramref name="offset"/> on (what is left after earlier pieces).</summary>
    public static TextWord Tail(TextWord word, int offset, FontCache fonts) =>
        offset == 0 ? word : Slice(word, offset, Length(word), fonts) with { SpaceAfter = word.SpaceAfter, BreakAfter = word.BreakAfter };

    /// <summary>
    /// The longest leading piece of <paramref name="word"/> that fits in <paramref name="width"/>, and its length in
    /// characters; null when not even the first character fits.
    /// </summary>
    public static (TextWord Piece, int Length)? Head(TextWord word, float width, FontCache fonts) => Head(word, 0, width, fonts);

    /// <summary>
    /// As <see cref="Head(TextWord, float, FontCache)"/> for the rest of <paramref name="word"/> from character
    /// <paramref name="offset"/>, without cutting that rest out first: the same piece as Head(Tail(word, offset)),
    /// at a cost that follows the piece's length rather than the word's.
    /// </summary>
    public static (TextWord Piece, int Length)? Head(TextWord word, int offset, float width, FontCache fonts)
    {
        var advances = Advances(word, offset, fonts);
        float used = 0;
        var fitLength = 0;
        var preferredLength = 0;
        float preferredWidth = 0;
        foreach (var (start, runeLength, advance, value) in advances)
        {
            if (!LayoutMath.Fits(used + advance, width))
                break;
            used += advance;
            fitLength = start + runeLength;
            if (value <= char.MaxValue && BreakAfterCharacters.Contains((char)value))
            {
                preferredLength = fitLength;
                preferredWidth = used;
            }
        }
        if (fitLength == 0)
            return null;
        var wholeWordLength = Length(word) - offset;
        var length = preferredLength > 0 && preferredLength < fitLength && preferredWidth >= width * MinimumFillForPreferredBreak && fitLength < wholeWordLength
            ? preferredLength
            : fitLength;
        return (Slice(word, offset, offset + length, fonts), length);
    }

    /// <summary>
    /// False when the rest of <paramref name="word"/> from <paramref name="offset"/> is certainly wider than
    /// <paramref name="width"/>: its characters' advances already pass it by more than any rounding between
    /// measuring them one by one and all at once could explain. Stops as soon as that is clear, so breaking a word
    /// of thousands of characters (a long citation list in a narrow cell) stays linear in its length.
    /// </summary>
    public static bool MayFit(TextWord word, int offset, float width, FontCache fonts)
    {
        var certainlyTooWide = width * 1.01f + 1f;
        float used = 0;
        foreach (var (_, _, advance, _) in Advances(word, offset, fonts))
        {
            used += advance;
            if (used > certainlyTooWide)
                return false;
        }
        return true;
    }

    private static int Length(TextWord word)
    {
        var length = 0;
        foreach (var run in word.Runs)
            length += run.Text.Length;
        return length;
    }

    /// <summary>Characters [from, to) of the word, as a word of re-measured runs.</summary>
    private static TextWord Slice(TextWord word, int from, int to, FontCache fonts)
    {
        var runs = new List<ShapedRun>();
        var runStart = 0;
        foreach (var run in word.Runs)
        {
            var runEnd = runStart + run.Text.Length;
            var start = Math.Max(from, runStart);
            var end = Math.Min(to, runEnd);
            if (start < end)
            {
                var text = run.Text[(start - runStart)..(end - runStart)];
                var width = fonts.Font(run.Face, run.FontSize).MeasureText(text);
                runs.Add(run with { Text = text, Width = width });
            }
            runStart = runEnd;
        }
        return new TextWord(runs, runs.Sum(r => r.Width), 0, false);
    }

    /// <summary>
    /// Each character (rune) of the word from character <paramref name="from"/> on: start offset (counted from
    /// <paramref name="from"/>), UTF-16 length, advance width, code point.
    /// </summary>
    private static IEnumerable<(int Start, int Length, float Advance, int Value)> Advances(TextWord word, int from, FontCache fonts)
    {
        var runStart = 0;
        foreach (var run in word.Runs)
        {
            var runEnd = runStart + run.Text.Length;
            if (runEnd <= from)
            {
                runStart = runEnd;
                continue;
            }
            var font = fonts.Font(run.Face, run.FontSize);
            var skip = Math.Max(0, from - runStart);
            while (skip < run.Text.Length)
            {
                Rune.DecodeFromUtf16(run.Text.AsSpan(skip), out var rune, out _);
                var text = rune.ToString();
                yield return (runStart + skip - from, text.Length, font.MeasureText(text), rune.Value);
                skip += text.Length;
            }
            runStart = runEnd;
        }
    }
}

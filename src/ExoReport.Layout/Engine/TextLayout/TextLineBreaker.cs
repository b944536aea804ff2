namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>
/// Greedy line breaking: as many words per line as fit, measured with the same fonts that draw them; a word too
/// long for a line of its own is broken by <see cref="LongWordSplitter"/>.
/// </summary>
internal static class TextLineBreaker
{
    public static BrokenText Break(ShapedParagraph paragraph, float width, TextPosition start, FontCache fonts)
    {
        var words = paragraph.Words;
        var lines = new List<TextLine>();
        var position = start;
        while (position.Word < words.Count)
        {
            var lineWords = new List<TextWord>();
            float lineWidth = 0;
            var forcedBreak = false;
            while (position.Word < words.Count)
            {
                if (position.Offset > 0 && !LongWordSplitter.MayFit(words[position.Word], position.Offset, width, fonts))
                {
                    // The rest of a broken word is still far wider than a line (this line holds nothing else yet):
                    // take its next piece straight away, as measuring the whole rest would only confirm.
                    if (LongWordSplitter.Head(words[position.Word], position.Offset, width, fonts) is not { } next)
                        return BrokenText.Narrow;
                    lineWords.Add(next.Piece);
                    lineWidth = next.Piece.Width;
                    position = position with { Offset = position.Offset + next.Length };
                    break;
                }
                var word = LongWordSplitter.Tail(words[position.Word], position.Offset, fonts);
                var gap = lineWords.Count > 0 ? lineWords[^1].SpaceAfter : 0f;
                if (LayoutMath.Fits(lineWidth + gap + word.Width, width))
                {
                    lineWords.Add(word);
                    lineWidth += gap + word.Width;
                    position = new TextPosition(position.Word + 1, 0);
                    if (word.BreakAfter)
                    {
                        forcedBreak = true;
                        break;
                    }
                    continue;
                }
                if (lineWords.Count > 0)
                    break;
                if (LongWordSplitter.Head(word, width, fonts) is not { } head)
                    return BrokenText.Narrow;
                lineWords.Add(head.Piece);
                lineWidth = head.Piece.Width;
                position = position with { Offset = position.Offset + head.Length };
                break;
            }
            var endsParagraph = forcedBreak || position.Word >= words.Count;
            lines.Add(MakeLine(paragraph, lineWords, lineWidth, endsParagraph, position));
        }
        return new BrokenText(lines, false);
    }

    /// <summary>
    /// Height = largest nominal size × line-height factor; the baseline centres the tallest ascent + descent in it
    /// (CSS's half-leading), so mixed sizes and fallback fonts share one baseline.
    /// </summary>
    private static TextLine MakeLine(ShapedParagraph paragraph, List<TextWord> words, float width, bool endsParagraph, TextPosition next)
    {
        float size = 0, ascent = 0, descent = 0;
        foreach (var word in words)
        {
            foreach (var run in word.Runs)
            {
                var metrics = paragraph.Metrics(run.Face, run.NominalSize);
                size = Math.Max(size, run.NominalSize);
                ascent = Math.Max(ascent, -metrics.Ascent);
                descent = Math.Max(descent, metrics.Descent);
            }
        }
        if (size == 0)
        {
            var metrics = paragraph.Metrics(paragraph.DefaultFace, paragraph.DefaultSize);
            (size, ascent, descent) = (paragraph.DefaultSize, -metrics.Ascent, metrics.Descent);
        }
        var height = size * paragraph.LineHeightFactor;
        var baseline = (height - (ascent + descent)) / 2 + ascent;
        return new TextLine(words, width, height, baseline, endsParagraph, next);
    }
}

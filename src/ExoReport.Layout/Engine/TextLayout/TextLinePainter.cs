using SkiaSharp;

namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>
/// Draws one line: aligns it, places each word (stretching the gaps when justifying), draws the space after a
/// word so the PDF's text extracts with spaces, underlines, and adds one link annotation per stretch of
/// same-target runs.
/// </summary>
internal static class TextLinePainter
{
    private const float UnderlineOffset = 0.12f;
    private const float UnderlineThickness = 0.06f;

    public static void Draw(TextLine line, SKRect area, float top, TextAlignment alignment, LayoutPass pass, string element)
    {
        var paints = pass.Session.Paints;
        var drawing = pass.Drawing;
        var slack = Math.Max(0, area.Width - line.Width);
        var gapExtra = alignment == TextAlignment.Justify && !line.EndsParagraph && line.Words.Count > 1 ? slack / (line.Words.Count - 1) : 0f;
        var x = area.Left + alignment switch
        {
            TextAlignment.Right => slack,
            TextAlignment.Center => slack / 2,
            _ => 0f,
        };
        var baseline = top + line.Baseline;
        var links = new LinkAnnotator(pass, element, top, line.Height);

        for (var i = 0; i < line.Words.Count; i++)
        {
            var word = line.Words[i];
            var hasGapAfter = i < line.Words.Count - 1;
            for (var r = 0; r < word.Runs.Count; r++)
            {
                var run = word.Runs[r];
                var paint = paints.Fill(run.Color);
                var drawSpace = hasGapAfter && r == word.Runs.Count - 1 && word.SpaceAfter > 0;
                pass.Usage.Add(run.Face.Typeface, run.Text, drawSpace);
                drawing.Text(run.Text, drawSpace, x, baseline + run.BaselineShift, run.Face, run.FontSize, paint);
                if (run.Underline)
                {
                    var y = baseline + run.BaselineShift + run.FontSize * UnderlineOffset;
                    drawing.Rect(SKRect.Create(x, y, run.Width, run.FontSize * UnderlineThickness), paint);
                }
                links.Add(run, x, x + run.Width);
                x += run.Width;
            }
            if (hasGapAfter)
                x += word.SpaceAfter + gapExtra;
        }
        links.Flush();
    }
}

using ExoReport.Writers.Charts;
using SkiaSharp;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// Widths of words in the table font, for choosing column widths before layout. Measured with the embedded
/// DejaVu Sans (the default table family); a wider family from a font folder may still have to break a word.
/// </summary>
internal static class TableTextMeasure
{
    public static float LongestWord(IEnumerable<string> texts, float size, bool bold)
    {
        using var font = Font(size, bold);
        var longest = 0f;
        foreach (var text in texts)
        {
            foreach (var word in text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
                longest = Math.Max(longest, font.MeasureText(word));
        }
        return longest;
    }

    public static float Width(string text, float size, bool bold)
    {
        using var font = Font(size, bold);
        return font.MeasureText(text);
    }

    /// <summary>Unhinted, linear metrics, as the layout engine measures: hinting would round widths to whole points.</summary>
    private static SKFont Font(float size, bool bold) =>
        new(ChartTypefaces.Get(bold), size) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true };
}

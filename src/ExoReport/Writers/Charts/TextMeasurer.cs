using SkiaSharp;

namespace ExoReport.Writers.Charts;

/// <summary>
/// Measures text with the very typeface the chart is drawn with, so margins computed from it hold every
/// label whole.
/// </summary>
internal sealed class TextMeasurer(float size, bool bold = false)
{
    public float Size { get; } = size;

    public bool Bold { get; } = bold;

    /// <summary>Distance between two lines of a multi-line label, as ScottPlot spaces them.</summary>
    public float LineHeight
    {
        get
        {
            using SKFont font = CreateFont();
            return font.Spacing;
        }
    }

    public float Width(string line)
    {
        using SKFont font = CreateFont();
        return font.MeasureText(line);
    }

    /// <summary>Width of the widest line of a label that may hold line breaks.</summary>
    public float BlockWidth(string text) => text.Split('\n').Max(Width);

    /// <summary>Height of a label that may hold line breaks.</summary>
    public float BlockHeight(string text) => text.Split('\n').Length * LineHeight;

    public TextMeasurer WithSize(float newSize) => new(newSize, Bold);

    /// <summary>
    /// Pixels to move a middle-aligned label down so its digits' own centre, not its line box's, is on the anchor.
    /// ScottPlot puts the top of a line box of the font's spacing on the anchor minus half that spacing and the
    /// baseline the glyphs' measured height below it; digits stand on the baseline, cap-height tall.
    /// </summary>
    public float DigitCentringOffset(string digits)
    {
        using SKFont font = CreateFont();
        font.MeasureText(digits, out SKRect bounds);
        float scottPlotBaseline = -font.Spacing / 2 - bounds.Top;
        return font.Metrics.CapHeight / 2 - scottPlotBaseline;
    }

    private SKFont CreateFont() => new(ChartTypefaces.Get(Bold), Size) { Subpixel = true };
}

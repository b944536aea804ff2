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

    private SKFont CreateFont() => new(ChartTypefaces.Get(Bold), Size) { Subpixel = true };
}

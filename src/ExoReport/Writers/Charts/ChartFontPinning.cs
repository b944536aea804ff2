using ScottPlot;
using SkiaSharp;

namespace ExoReport.Writers.Charts;

/// <summary>
/// Sets the typeface itself on every text element of a built plot that asks for the chart font by name, so the
/// plot draws with the given faces (a PDF's subsets) rather than the process-wide ones ScottPlot resolves names
/// to (and caches by name, so a name cannot stand for a per-document face). Bold elements get the bold face.
/// </summary>
internal static class ChartFontPinning
{
    /// <summary>Pins the faces and returns what each pinned element had before, for <see cref="Unpin"/>.</summary>
    public static IReadOnlyList<(LabelStyle Style, SKTypeface? Font)> Pin(Plot plot, ChartFonts fonts)
    {
        var previous = new List<(LabelStyle, SKTypeface?)>();
        foreach (LabelStyle style in Labels(plot))
        {
            if (style.FontName == ChartTypefaces.FontName)
            {
                previous.Add((style, style.Font));
                style.Font = fonts.Get(style.Bold);
            }
        }
        return previous;
    }

    /// <summary>
    /// Gives the elements back what they had before <see cref="Pin"/>: a plot kept after the faces it was pinned
    /// with are disposed (a document's subsets) must not draw with them again. Last pinned first, so an element
    /// met twice ends with what it had at the start.
    /// </summary>
    public static void Unpin(IReadOnlyList<(LabelStyle Style, SKTypeface? Font)> pinned)
    {
        for (int i = pinned.Count - 1; i >= 0; i--)
            pinned[i].Style.Font = pinned[i].Font!;
    }

    private static IEnumerable<LabelStyle> Labels(Plot plot)
    {
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            yield return axis.TickLabelStyle;
            yield return axis.Label;
        }
        yield return plot.Axes.Title.Label;
        foreach (LegendItem item in plot.Legend.ManualItems)
            yield return item.LabelStyle;
        foreach (IPlottable plottable in plot.GetPlottables())
        {
            switch (plottable)
            {
                case ScottPlot.Plottables.BarPlot bars:
                    yield return bars.ValueLabelStyle;
                    break;
                case ScottPlot.Plottables.Text text:
                    yield return text.LabelStyle;
                    break;
            }
        }
    }
}

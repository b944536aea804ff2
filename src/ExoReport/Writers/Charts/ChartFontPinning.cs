using ScottPlot;

namespace ExoReport.Writers.Charts;

/// <summary>
/// Sets the typeface itself on every text element of a built plot that asks for the chart font by name, so the
/// plot draws with the given faces (a PDF's subsets) rather than the process-wide ones ScottPlot resolves names
/// to (and caches by name, so a name cannot stand for a per-document face). Bold elements get the bold face.
/// </summary>
internal static class ChartFontPinning
{
    public static void Pin(Plot plot, ChartFonts fonts)
    {
        foreach (LabelStyle style in Labels(plot))
        {
            if (style.FontName == ChartTypefaces.FontName)
                style.Font = fonts.Get(style.Bold);
        }
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

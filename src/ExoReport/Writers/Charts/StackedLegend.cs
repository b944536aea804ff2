using ScottPlot;

namespace ExoReport.Writers.Charts;

/// <summary>
/// The legend of a stacked chart, outside the data area on the right: a bold heading per group (e.g.
/// "Systemic") followed by its series with their colour swatches. Long series names wrap.
/// </summary>
internal static class StackedLegend
{
    /// <summary>Gap between the data area's right edge and the legend box.</summary>
    private const float GapToData = 12;

    /// <summary>
    /// Adds the legend to the plot and returns the width it takes right of the data area, as ScottPlot
    /// itself measures the legend (so the fixed layout can reserve exactly that).
    /// </summary>
    public static float AddTo(Plot plot, StackedSeriesOrder order, float figureWidth)
    {
        plot.Legend.ManualItems.AddRange(Items(order, figureWidth));
        plot.Legend.OutlineColor = ChartPalette.CellLine;
        plot.Legend.ShadowColor = Colors.Transparent;
        ScottPlot.Panels.LegendPanel panel = plot.ShowLegend(Edge.Right);
        panel.Padding = new PixelPadding(GapToData, 0, 0, 0);
        // The right axis has no ticks; letting it take no room puts the legend right beside the data.
        plot.Axes.Right.MinimumSize = 0;
        plot.Axes.Right.MaximumSize = 0;
        using ScottPlot.Image image = plot.Legend.GetImage();
        return image.Width + panel.Padding.Horizontal;
    }

    private static List<LegendItem> Items(StackedSeriesOrder order, float figureWidth)
    {
        var measurer = new TextMeasurer(ChartStyle.LegendFontSize);
        float maxText = figureWidth * 0.22f;
        var items = new List<LegendItem>();
        foreach (string group in order.Groups)
        {
            string heading = Capitalise(group);
            items.Add(new LegendItem
            {
                LabelText = heading,
                LabelFontName = ChartTypefaces.FontName,
                LabelFontSize = ChartStyle.LegendFontSize,
                LabelBold = true,
                LabelFontColor = ChartPalette.Text,
                FillColor = Colors.Transparent,
            });
            foreach ((StackedBarSeries series, Color color) in order.Series.Where(s => s.Series.Group == group))
            {
                string text = LabelWrapper.Wrap(series.Label, maxText, measurer);
                items.Add(new LegendItem
                {
                    LabelText = text,
                    LabelFontName = ChartTypefaces.FontName,
                    LabelFontSize = ChartStyle.LegendFontSize,
                    LabelFontColor = ChartPalette.Text,
                    FillColor = color,
                });
            }
        }
        return items;
    }

    private static string Capitalise(string group) =>
        group.Length == 0 ? group : char.ToUpperInvariant(group[0]) + group[1..];
}

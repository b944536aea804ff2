using ScottPlot;

namespace ExoReport.Writers.Charts;

/// <summary>
/// Margins and fitted category labels of a bar chart (plain or stacked) for one figure size, computed
/// from measured text so axis titles, tick labels and value labels all stay inside the figure.
/// </summary>
internal sealed record BarChartLayout(TitleLayout Title, FittedLabels CategoryLabels, PixelPadding Margins)
{
    /// <summary>Height of an axis title line plus the gap to the tick labels.</summary>
    private static float AxisTitleSpace(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : new TextMeasurer(ChartStyle.AxisLabelFontSize, bold: true).LineHeight + ChartStyle.Gap;

    public static BarChartLayout Compute(BarChartData data, float width, float height) =>
        Compute(data.Title, data.Bars.Select(b => b.Label).ToArray(), data.Bars.Select(b => b.Value).DefaultIfEmpty(0).Max(),
            data.CategoryAxisLabel, data.ValueAxisLabel, data.Horizontal, legendWidth: 0, width, height);

    /// <param name="maxValue">The largest bar (or stack), for the width of value labels and ticks.</param>
    /// <param name="legendWidth">Room kept on the right for a legend, 0 for none.</param>
    public static BarChartLayout Compute(
        string title, IReadOnlyList<string> categories, double maxValue, string? categoryAxisLabel, string? valueAxisLabel,
        bool horizontal, float legendWidth, float width, float height)
    {
        TitleLayout titleLayout = TitleLayout.For(title, width);
        var ticks = new TextMeasurer(ChartStyle.TickFontSize);
        // The widest value tick label is about as wide as the axis maximum written out.
        float valueTickWidth = ticks.Width(ValueFormat.Format(Math.Ceiling(ValueFormat.UpperLimit(maxValue)))) + 4;
        float valueLabelWidth = new TextMeasurer(ChartStyle.ValueFontSize).Width(ValueFormat.Format(maxValue)) + 8;
        float top = ChartStyle.OuterPadding + titleLayout.Height + ChartStyle.Gap + (horizontal ? 0 : ChartStyle.Gap);
        int n = Math.Max(1, categories.Count);

        if (horizontal)
        {
            float bottom = ChartStyle.OuterPadding + AxisTitleSpace(valueAxisLabel) + ticks.LineHeight + ChartStyle.TickSpace;
            float pitch = (height - top - bottom) / n;
            FittedLabels labels = AxisLabelFitter.ForVerticalAxis(categories, pitch, width * 0.36f);
            float left = ChartStyle.OuterPadding + AxisTitleSpace(categoryAxisLabel) + labels.Depth + ChartStyle.TickSpace;
            // Value labels sit beyond the longest bar; the axis keeps 12 % headroom, the rest is margin.
            float right = ChartStyle.OuterPadding + Math.Max(valueTickWidth / 2, valueLabelWidth / 2) + legendWidth;
            return new BarChartLayout(titleLayout, labels, new PixelPadding(left, right, bottom, top));
        }
        else
        {
            float left = ChartStyle.OuterPadding + AxisTitleSpace(valueAxisLabel) + valueTickWidth + ChartStyle.TickSpace;
            float right = ChartStyle.OuterPadding + legendWidth + ChartStyle.Gap;
            float pitch = (width - left - right) / n;
            float maxDepth = height * 0.32f;
            FittedLabels labels = AxisLabelFitter.ForHorizontalAxis(categories, pitch, maxDepth);
            float bottom = ChartStyle.OuterPadding + AxisTitleSpace(categoryAxisLabel) + labels.Depth + ChartStyle.TickSpace;
            return new BarChartLayout(titleLayout, labels, new PixelPadding(left, right, bottom, top));
        }
    }

    /// <summary>
    /// Fixes the data area and gives the left, bottom and top panels exactly the room measured here.
    /// The right panel is left alone: a legend may own it.
    /// </summary>
    public void ApplyTo(Plot plot)
    {
        plot.Title(Title.Text);
        plot.Layout.Fixed(Margins);
        PlotSetup.PinSize(plot.Axes.Left, Margins.Left - ChartStyle.OuterPadding);
        PlotSetup.PinSize(plot.Axes.Bottom, Margins.Bottom - ChartStyle.OuterPadding);
        PlotSetup.PinSize(plot.Axes.Top, Margins.Top - ChartStyle.OuterPadding - Title.Height);
    }
}

using ScottPlot;
using ScottPlot.TickGenerators;

namespace ExoReport.Writers.Charts;

/// <summary>
/// Draws vertical stacked bars, one stack per category, the total printed on top. Series of one group
/// (e.g. systemic routes) are stacked next to each other and coloured from one colour family; the legend
/// on the right lists them under a heading per group.
/// </summary>
internal static class StackedBarChartPlotBuilder
{
    public static Plot Build(StackedBarChartData data, int width, int height)
    {
        data.Validate();
        if (data.Categories.Count == 0 || data.Series.Count == 0)
            return EmptyChartPlot.Build(data.Title, width);

        StackedSeriesOrder order = StackedSeriesOrder.For(data.Series);
        double[] totals = Enumerable.Range(0, data.Categories.Count).Select(c => data.Series.Sum(s => s.Values[c])).ToArray();

        Plot plot = PlotSetup.Create();
        float legendWidth = StackedLegend.AddTo(plot, order, width);
        BarChartLayout layout = BarChartLayout.Compute(data.Title, data.Categories, totals.Max(), data.CategoryAxisLabel,
            data.ValueAxisLabel, horizontal: false, legendWidth, width, height);
        layout.ApplyTo(plot);
        AddStacks(plot, data, order);
        AddTotals(plot, totals);

        IAxis categoryAxis = plot.Axes.Bottom;
        categoryAxis.TickGenerator = new NumericManual(
            Enumerable.Range(0, data.Categories.Count).Select(c => (double)c).ToArray(), layout.CategoryLabels.Labels.ToArray());
        categoryAxis.TickLabelStyle.FontSize = layout.CategoryLabels.FontSize;
        if (layout.CategoryLabels.Rotated)
        {
            categoryAxis.TickLabelStyle.Rotation = -90;
            categoryAxis.TickLabelStyle.Alignment = Alignment.MiddleRight;
        }
        categoryAxis.Label.Text = data.CategoryAxisLabel ?? "";
        plot.Axes.Left.TickGenerator = ValueFormat.TickGenerator(ValueFormat.AllIntegral(data.Series.SelectMany(s => s.Values)));
        plot.Axes.Left.Label.Text = data.ValueAxisLabel ?? "";

        plot.Grid.MajorLineColor = ChartPalette.GridLine;
        plot.Grid.MinorLineWidth = 0;
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Axes.SetLimits(-0.5, data.Categories.Count - 0.5, 0, ValueFormat.UpperLimit(totals.Max()));
        return plot;
    }

    private static void AddStacks(Plot plot, StackedBarChartData data, StackedSeriesOrder order)
    {
        var bars = new List<Bar>();
        for (int c = 0; c < data.Categories.Count; c++)
        {
            double bottom = 0;
            foreach ((StackedBarSeries series, Color color) in order.Series)
            {
                double value = series.Values[c];
                if (value <= 0)
                    continue;
                bars.Add(new Bar
                {
                    Position = c,
                    ValueBase = bottom,
                    Value = bottom + value,
                    FillColor = color,
                    // A thin white edge keeps neighbouring segments of similar colours apart.
                    LineColor = ChartPalette.White,
                    LineWidth = 1,
                    Size = 0.6,
                });
                bottom += value;
            }
        }
        plot.Add.Bars(bars);
    }

    private static void AddTotals(Plot plot, double[] totals)
    {
        for (int c = 0; c < totals.Length; c++)
        {
            var label = PlotSetup.AddCentredText(plot, ValueFormat.Format(totals[c]), c, totals[c],
                ChartStyle.ValueFontSize, bold: true, ChartPalette.Text);
            label.LabelAlignment = Alignment.LowerCenter;
            label.OffsetY = -3;
        }
    }
}

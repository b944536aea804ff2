using ScottPlot;
using ScottPlot.TickGenerators;

namespace ExoReport.Writers.Charts;

/// <summary>
/// Draws a single-series bar chart in one colour, the value printed at the end of each bar. Vertical
/// bars carry their labels below (wrapped, smaller or turned to fit); horizontal bars carry them on the
/// left, top to bottom in the given order, which suits long labels.
/// </summary>
internal static class BarChartPlotBuilder
{
    public static Plot Build(BarChartData data, int width, int height)
    {
        if (data.Bars.Count == 0)
            return EmptyChartPlot.Build(data.Title, width);
        if (data.Bars.Any(b => b.Value < 0 || !double.IsFinite(b.Value)))
            throw new ArgumentException($"Bar chart '{data.Title}' has a negative or non-finite value.");

        BarChartLayout layout = BarChartLayout.Compute(data, width, height);
        Plot plot = PlotSetup.Create();
        layout.ApplyTo(plot);

        int n = data.Bars.Count;
        double upper = ValueFormat.UpperLimit(data.Bars.Max(b => b.Value));
        bool integral = ValueFormat.AllIntegral(data.Bars.Select(b => b.Value));
        // Horizontal bars are listed top to bottom, so the first bar sits at the highest position.
        double Position(int i) => data.Horizontal ? n - 1 - i : i;

        var bars = data.Bars.Select((b, i) => new Bar
        {
            Position = Position(i),
            Value = b.Value,
            FillColor = ChartPalette.Primary,
            LineWidth = 0,
            Size = 0.7,
            Label = ValueFormat.Format(b.Value),
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = data.Horizontal;
        barPlot.ValueLabelStyle.FontName = ChartTypefaces.FontName;
        barPlot.ValueLabelStyle.FontSize = ChartStyle.ValueFontSize;
        barPlot.ValueLabelStyle.ForeColor = ChartPalette.Text;

        double[] positions = Enumerable.Range(0, n).Select(Position).ToArray();
        string[] labels = layout.CategoryLabels.Labels.ToArray();
        IAxis categoryAxis = data.Horizontal ? plot.Axes.Left : plot.Axes.Bottom;
        IAxis valueAxis = data.Horizontal ? plot.Axes.Bottom : plot.Axes.Left;
        categoryAxis.TickGenerator = new NumericManual(positions, labels);
        categoryAxis.TickLabelStyle.FontSize = layout.CategoryLabels.FontSize;
        if (layout.CategoryLabels.Rotated)
        {
            // A quarter turn anticlockwise: each label ends at its tick and reads upwards.
            categoryAxis.TickLabelStyle.Rotation = -90;
            categoryAxis.TickLabelStyle.Alignment = Alignment.MiddleRight;
        }
        valueAxis.TickGenerator = ValueFormat.TickGenerator(integral);
        categoryAxis.Label.Text = data.CategoryAxisLabel ?? "";
        valueAxis.Label.Text = data.ValueAxisLabel ?? "";

        // Grid lines only across the values, where they help reading a bar's length.
        plot.Grid.MajorLineColor = ChartPalette.GridLine;
        plot.Grid.MinorLineWidth = 0;
        if (data.Horizontal)
            plot.Grid.YAxisStyle.IsVisible = false;
        else
            plot.Grid.XAxisStyle.IsVisible = false;

        if (data.Horizontal)
            plot.Axes.SetLimits(0, upper, -0.5, n - 0.5);
        else
            plot.Axes.SetLimits(-0.5, n - 0.5, 0, upper);
        return plot;
    }
}

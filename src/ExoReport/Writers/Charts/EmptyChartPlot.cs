using ScottPlot;

namespace ExoReport.Writers.Charts;

/// <summary>A chart with nothing to show still gets its title and a plain message instead of empty axes.</summary>
internal static class EmptyChartPlot
{
    public const string Message = "No data to show.";

    public static Plot Build(string title, int width)
    {
        Plot plot = PlotSetup.Create();
        TitleLayout layout = TitleLayout.For(title, width);
        plot.Title(layout.Text);
        float margin = ChartStyle.OuterPadding;
        plot.Layout.Fixed(new PixelPadding(margin, margin, margin, margin + layout.Height + ChartStyle.Gap));
        plot.HideGrid();
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
            axis.MajorTickStyle.Length = 0;
            axis.FrameLineStyle.Width = 0;
            PlotSetup.PinSize(axis, axis.Edge == Edge.Top ? ChartStyle.Gap : 0);
        }
        plot.Axes.SetLimits(-1, 1, -1, 1);
        PlotSetup.AddCentredText(plot, Message, 0, 0, ChartStyle.AxisLabelFontSize, bold: false, ChartPalette.Text);
        return plot;
    }
}

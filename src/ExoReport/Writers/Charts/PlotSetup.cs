using ScottPlot;

namespace ExoReport.Writers.Charts;

/// <summary>
/// Creates a ScottPlot plot with the house look: the embedded font on every text element, white
/// background, dark grey frame, no automatic font detection.
/// </summary>
internal static class PlotSetup
{
    public static Plot Create()
    {
        string fontName = ChartFontRegistration.EnsureRegistered();
        var plot = new Plot();
        // Fonts are named element by element below rather than with plot.Font.Set: that call pins one
        // resolved typeface on every label, which then ignores Bold.
        plot.FigureBackground.Color = ChartPalette.White;
        plot.DataBackground.Color = ChartPalette.White;

        // The legend would otherwise re-detect a system font on every render.
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.FontName = fontName;
        plot.Legend.FontSize = ChartStyle.LegendFontSize;
        plot.Legend.FontColor = ChartPalette.Text;

        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontName = fontName;
            axis.TickLabelStyle.FontSize = ChartStyle.TickFontSize;
            axis.TickLabelStyle.ForeColor = ChartPalette.Text;
            axis.Label.FontName = fontName;
            axis.Label.FontSize = ChartStyle.AxisLabelFontSize;
            axis.Label.ForeColor = ChartPalette.Text;
            axis.MajorTickStyle.Color = ChartPalette.Frame;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Color = ChartPalette.Frame;
        }

        plot.Axes.Title.Label.FontName = fontName;
        plot.Axes.Title.Label.FontSize = ChartStyle.TitleFontSize;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.ForeColor = ChartPalette.Text;
        return plot;
    }

    /// <summary>
    /// Gives an axis panel exactly the room the layout measured for it. ScottPlot places the axis title
    /// and the figure title after the panel's own estimate, which does not allow for turned labels.
    /// </summary>
    public static void PinSize(IAxis axis, float size)
    {
        axis.MinimumSize = size;
        axis.MaximumSize = size;
    }

    /// <summary>A text plottable in the chart font, centred on a point in data coordinates.</summary>
    public static ScottPlot.Plottables.Text AddCentredText(Plot plot, string text, double x, double y, float size, bool bold, Color color)
    {
        ScottPlot.Plottables.Text label = plot.Add.Text(text, x, y);
        label.LabelFontName = ChartTypefaces.FontName;
        label.LabelFontSize = size;
        label.LabelBold = bold;
        label.LabelFontColor = color;
        label.LabelAlignment = Alignment.MiddleCenter;
        return label;
    }
}

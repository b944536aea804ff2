using ScottPlot;
using SkiaSharp;

namespace ExoReport.Writers.Charts;

/// <summary>
/// Turns a <see cref="ChartDefinition"/> into a ScottPlot plot and renders it as SVG (text kept as text),
/// PNG, a one-page vector PDF, or straight onto a caller's Skia canvas (the PDF report's pages).
/// Stateless and safe to call from several threads. Each call builds the plot anew: to make several outputs of
/// one chart, use one <see cref="RenderedChart"/> (or a build's <see cref="ChartRenders"/>).
/// </summary>
public static class ChartRenderer
{
    /// <summary>PDF points per chart pixel: a chart pixel is a CSS pixel, 1/96 inch; a point is 1/72 inch.</summary>
    public const float PointsPerPixel = 72f / 96f;

    /// <summary>Builds the plot at the chart's own size. The caller disposes it.</summary>
    public static Plot BuildPlot(ChartDefinition chart) => BuildPlot(chart, ChartFonts.Embedded);

    /// <summary>Builds the plot at the chart's own size, its text drawn in <paramref name="fonts"/>. The caller disposes it.</summary>
    public static Plot BuildPlot(ChartDefinition chart, ChartFonts fonts)
    {
        chart.Validate();
        Plot plot = chart.Data switch
        {
            EvidenceMapData map => EvidenceMapPlotBuilder.Build(map, chart.Width, chart.Height),
            BarChartData bars => BarChartPlotBuilder.Build(bars, chart.Width, chart.Height),
            StackedBarChartData stacked => StackedBarChartPlotBuilder.Build(stacked, chart.Width, chart.Height),
            _ => throw new NotSupportedException($"Chart '{chart.Id}': no renderer for {chart.Data.GetType().Name}."),
        };
        if (fonts != ChartFonts.Embedded)
            ChartFontPinning.Pin(plot, fonts);
        return plot;
    }

    /// <summary>The chart as an SVG document; labels are &lt;text&gt; elements in DejaVu Sans.</summary>
    public static string RenderSvg(ChartDefinition chart)
    {
        using var rendered = new RenderedChart(chart);
        return rendered.Svg;
    }

    /// <summary>The chart as a PNG of exactly Width x Height pixels.</summary>
    public static byte[] RenderPng(ChartDefinition chart)
    {
        using var rendered = new RenderedChart(chart);
        return rendered.Png;
    }

    /// <summary>
    /// The chart as a one-page vector PDF, the page Width x Height pixels converted to points.
    /// Byte-identical for the same chart (fixed metadata dates). The fonts embedded hold only the glyphs the
    /// chart draws (found from its SVG; pass <paramref name="svg"/> when it is already rendered).
    /// </summary>
    public static byte[] RenderPdf(ChartDefinition chart, string? svg = null)
    {
        chart.Validate();
        using var rendered = new RenderedChart(chart);
        return svg is null ? rendered.Pdf : rendered.RenderPdfFor(ChartText.FromSvg(svg));
    }

    /// <summary>
    /// Draws the chart as vectors onto <paramref name="canvas"/>, into the rectangle (0, 0, size) of the
    /// canvas's current coordinates. The chart keeps its own proportions and layout: it is drawn at its
    /// Width x Height and scaled uniformly to fit, centred, so it looks like the PNG and SVG.
    /// The canvas state is restored afterwards.
    /// </summary>
    public static void Draw(ChartDefinition chart, SKCanvas canvas, SKSize size) => Draw(chart, canvas, size, ChartFonts.Embedded);

    /// <summary>As <see cref="Draw(ChartDefinition, SKCanvas, SKSize)"/>, the text drawn in <paramref name="fonts"/>.</summary>
    public static void Draw(ChartDefinition chart, SKCanvas canvas, SKSize size, ChartFonts fonts)
    {
        using var rendered = new RenderedChart(chart);
        rendered.Draw(canvas, size, fonts);
    }
}

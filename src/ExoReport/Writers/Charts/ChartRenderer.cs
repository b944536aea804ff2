using ScottPlot;
using SkiaSharp;

namespace ExoReport.Writers.Charts;

/// <summary>
/// Turns a <see cref="ChartDefinition"/> into a ScottPlot plot and renders it as SVG (text kept as text),
/// PNG, a one-page vector PDF, or straight onto a caller's Skia canvas (the PDF report's pages).
/// Stateless and safe to call from several threads.
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
        using Plot plot = BuildPlot(chart);
        return SvgIdNormalizer.Normalize(plot.GetSvgXml(chart.Width, chart.Height));
    }

    /// <summary>The chart as a PNG of exactly Width x Height pixels.</summary>
    public static byte[] RenderPng(ChartDefinition chart)
    {
        using Plot plot = BuildPlot(chart);
        return plot.GetImageBytes(chart.Width, chart.Height, ImageFormat.Png);
    }

    /// <summary>
    /// The chart as a one-page vector PDF, the page Width x Height pixels converted to points.
    /// Byte-identical for the same chart (fixed metadata dates). The fonts embedded hold only the glyphs the
    /// chart draws (found from its SVG; pass <paramref name="svg"/> when it is already rendered).
    /// </summary>
    public static byte[] RenderPdf(ChartDefinition chart, string? svg = null)
    {
        chart.Validate();
        string text = ChartText.FromSvg(svg ?? RenderSvg(chart));
        int[] characters = text.EnumerateRunes().Select(r => r.Value).ToArray();
        using SKTypeface? regular = Layout.FontSubsetter.Subset(ChartTypefaces.Regular, characters);
        using SKTypeface? bold = Layout.FontSubsetter.Subset(ChartTypefaces.Bold, characters);
        var fonts = new ChartFonts(regular ?? ChartTypefaces.Regular, bold ?? ChartTypefaces.Bold);

        var pageSize = new SKSize(chart.Width * PointsPerPixel, chart.Height * PointsPerPixel);
        using var stream = new MemoryStream();
        using (SKDocument document = SKDocument.CreatePdf(stream, FigurePdfMetadata.For(chart.Caption)))
        {
            SKCanvas page = document.BeginPage(pageSize.Width, pageSize.Height);
            Draw(chart, page, pageSize, fonts);
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
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
        using Plot plot = BuildPlot(chart, fonts);
        // The canvas is the caller's page: clearing it would wipe everything drawn there before.
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        // ScottPlot renders a new plot twice (the first pass settles the layout). On a page that is not
        // cleared both passes would stay, every mark and glyph twice; so settle it off the page first.
        plot.RenderInMemory(chart.Width, chart.Height);
        int rendersBefore = plot.RenderManager.RenderCount;

        float scale = Math.Min(size.Width / chart.Width, size.Height / chart.Height);
        int saved = canvas.Save();
        canvas.Translate((size.Width - chart.Width * scale) / 2, (size.Height - chart.Height * scale) / 2);
        canvas.Scale(scale);
        canvas.ClipRect(new SKRect(0, 0, chart.Width, chart.Height));
        plot.Render(canvas, chart.Width, chart.Height);
        canvas.RestoreToCount(saved);
        if (plot.RenderManager.RenderCount != rendersBefore + 1)
            throw new InvalidOperationException(
                $"Chart '{chart.Id}' was drawn {plot.RenderManager.RenderCount - rendersBefore} times onto the canvas; expected once.");
    }
}

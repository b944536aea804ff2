using System.Text;
using ScottPlot;
using SkiaSharp;

namespace ExoReport.Writers.Charts;

/// <summary>
/// One chart as one ScottPlot plot, built and laid out once, every output rendered from it at most once: the SVG
/// (and the characters it draws), the PNG and the one-page figure PDF; and drawn onto a report's pages without
/// being built again. Building a plot for each output, and ScottPlot's extra first render that settles a new
/// plot's layout, were most of a build's time. Safe to use from several threads: the plot is not, so every use
/// of it takes this chart's lock. The outputs returned are shared: do not modify them.
/// </summary>
public sealed class RenderedChart : IDisposable
{
    private readonly Lock _gate = new();
    private Plot? _plot;
    private string? _svg;
    private string? _text;
    private byte[]? _png;
    private byte[]? _pdf;
    private bool _disposed;
    private int _rendersBeforeDisposal;

    /// <summary>Nothing is built or rendered until an output is asked for.</summary>
    public RenderedChart(ChartDefinition chart)
    {
        Chart = chart;
    }

    public ChartDefinition Chart { get; }

    /// <summary>The chart as an SVG document; labels are &lt;text&gt; elements in DejaVu Sans.</summary>
    public string Svg
    {
        get
        {
            lock (_gate)
                return _svg ??= RenderSvg();
        }
    }

    /// <summary>Every distinct character the chart draws, from its SVG (see <see cref="ChartText.FromSvg"/>).</summary>
    public string Text
    {
        get
        {
            lock (_gate)
                return _text ??= ChartText.FromSvg(_svg ??= RenderSvg());
        }
    }

    /// <summary>The chart as a PNG of exactly Width x Height pixels.</summary>
    public byte[] Png
    {
        get
        {
            lock (_gate)
                return _png ??= RenderPng();
        }
    }

    /// <summary>The chart as a one-page vector PDF embedding only the glyphs it draws (see <see cref="ChartRenderer.RenderPdf"/>).</summary>
    public byte[] Pdf
    {
        get
        {
            lock (_gate)
                return _pdf ??= RenderPdf(_text ??= ChartText.FromSvg(_svg ??= RenderSvg()));
        }
    }

    /// <summary>
    /// How many times ScottPlot has rendered this chart's plot, the settling render counting two (it renders a new
    /// plot twice); still known once disposed. For tests and benchmarks.
    /// </summary>
    public int RenderCount
    {
        get
        {
            lock (_gate)
                return _plot?.RenderManager.RenderCount ?? _rendersBeforeDisposal;
        }
    }

    /// <summary>
    /// Draws the chart as vectors onto <paramref name="canvas"/> as <see cref="ChartRenderer.Draw(ChartDefinition, SKCanvas, SKSize, ChartFonts)"/>
    /// does, with one render of the already settled plot. The fonts are pinned for this draw only.
    /// </summary>
    public void Draw(SKCanvas canvas, SKSize size, ChartFonts fonts)
    {
        lock (_gate)
            DrawSettled(canvas, size, fonts);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _rendersBeforeDisposal = _plot?.RenderManager.RenderCount ?? _rendersBeforeDisposal;
            _plot?.Dispose();
            _plot = null;
        }
    }

    /// <summary>The plot, built and settled on first use. Callers hold the lock.</summary>
    private Plot SettledPlot()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_plot is null)
        {
            Plot plot = ChartRenderer.BuildPlot(Chart);
            // A new plot's first render lays it out (ScottPlot renders it twice); every later render at this size
            // draws the same layout, whatever the canvas or the (subset) fonts pinned on it. Laid out on a canvas
            // that draws nothing: half the time of a raster, and a build without the PNG needs no raster at all.
            using (var settling = new SKNoDrawCanvas(Chart.Width, Chart.Height))
                plot.Render(settling, Chart.Width, Chart.Height);
            _plot = plot;
        }
        return _plot;
    }

    private string RenderSvg()
    {
        Plot plot = SettledPlot();
        using var stream = new MemoryStream();
        // What Plot.GetSvgXml writes, without the extra raster render it makes first to settle the layout.
        using (SKCanvas svg = SKSvgCanvas.Create(SKRect.Create(Chart.Width, Chart.Height), stream))
            RenderOnce(plot, svg);
        return SvgIdNormalizer.Normalize(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private byte[] RenderPng()
    {
        Plot plot = SettledPlot();
        int rendersBefore = plot.RenderManager.RenderCount;
        byte[] png = plot.GetImageBytes(Chart.Width, Chart.Height, ImageFormat.Png);
        CheckRenderedOnce(plot, rendersBefore);
        return png;
    }

    /// <summary>The figure PDF for characters found elsewhere (an SVG the caller has); not kept.</summary>
    internal byte[] RenderPdfFor(string text)
    {
        lock (_gate)
            return RenderPdf(text);
    }

    /// <summary>The figure PDF, its fonts cut down to <paramref name="text"/>. Callers hold the lock.</summary>
    private byte[] RenderPdf(string text)
    {
        int[] characters = text.EnumerateRunes().Select(r => r.Value).ToArray();
        using SKTypeface? regular = Layout.FontSubsetter.Subset(ChartTypefaces.Regular, characters);
        using SKTypeface? bold = Layout.FontSubsetter.Subset(ChartTypefaces.Bold, characters);
        var fonts = new ChartFonts(regular ?? ChartTypefaces.Regular, bold ?? ChartTypefaces.Bold);

        var pageSize = new SKSize(Chart.Width * ChartRenderer.PointsPerPixel, Chart.Height * ChartRenderer.PointsPerPixel);
        using var stream = new MemoryStream();
        using (SKDocument document = SKDocument.CreatePdf(stream, FigurePdfMetadata.For(Chart.Caption)))
        {
            SKCanvas page = document.BeginPage(pageSize.Width, pageSize.Height);
            DrawSettled(page, pageSize, fonts);
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }

    /// <summary>Callers hold the lock.</summary>
    private void DrawSettled(SKCanvas canvas, SKSize size, ChartFonts fonts)
    {
        Plot plot = SettledPlot();
        var pinned = fonts == ChartFonts.Embedded ? null : ChartFontPinning.Pin(plot, fonts);
        float scale = Math.Min(size.Width / Chart.Width, size.Height / Chart.Height);
        int saved = canvas.Save();
        try
        {
            canvas.Translate((size.Width - Chart.Width * scale) / 2, (size.Height - Chart.Height * scale) / 2);
            canvas.Scale(scale);
            canvas.ClipRect(new SKRect(0, 0, Chart.Width, Chart.Height));
            RenderOnce(plot, canvas);
        }
        finally
        {
            canvas.RestoreToCount(saved);
            // The faces pinned may be a document's subsets, disposed with it; the plot outlives the document.
            if (pinned is not null)
                ChartFontPinning.Unpin(pinned);
        }
    }

    /// <summary>
    /// One render of the settled plot onto a canvas that keeps what is on it (an SVG document, a PDF page), as
    /// Plot.GetSvgXml does. There a second render would leave every mark and glyph twice, so this checks that
    /// ScottPlot rendered exactly once.
    /// </summary>
    private void RenderOnce(Plot plot, SKCanvas canvas)
    {
        int rendersBefore = plot.RenderManager.RenderCount;
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        try
        {
            plot.Render(canvas, Chart.Width, Chart.Height);
        }
        finally
        {
            plot.RenderManager.ClearCanvasBeforeEachRender = true;
        }
        CheckRenderedOnce(plot, rendersBefore);
    }

    private void CheckRenderedOnce(Plot plot, int rendersBefore)
    {
        if (plot.RenderManager.RenderCount != rendersBefore + 1)
            throw new InvalidOperationException(
                $"Chart '{Chart.Id}' was drawn {plot.RenderManager.RenderCount - rendersBefore} times onto the canvas; expected once.");
    }
}

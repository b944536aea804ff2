using SkiaSharp;

namespace ExoReport.Layout.Engine.Nodes;

/// <summary>
/// A fixed or width-bound box drawn by a callback; unsplittable, so a box larger than the page is an error
/// (reported by the paginator with the element's name). The callback is skipped in the counting pass, which only
/// records the text the canvas declares.
/// </summary>
internal sealed class CanvasNode : LayoutNode
{
    private readonly Canvas _canvas;
    private bool _drawn;

    public CanvasNode(Canvas canvas, LayoutPass pass) : base(canvas, pass)
    {
        _canvas = canvas;
    }

    protected override SpacePlan MeasureCore(SKSize available)
    {
        if (_drawn)
            return SpacePlan.Empty;
        var size = SizeFor(available.Width);
        return LayoutMath.Fits(size.Width, available.Width) && LayoutMath.Fits(size.Height, available.Height)
            ? SpacePlan.Full(size.Width, size.Height)
            : SpacePlan.Wrap;
    }

    protected override void DrawCore(SKRect area)
    {
        _drawn = true;
        foreach (var text in _canvas.Text)
            Pass.Usage.Add(text.Typeface, text.Text);
        if (Pass.IsCountingPass)
            return;
        var size = SizeFor(area.Width);
        var canvas = Pass.Canvas;
        canvas.Save();
        try
        {
            canvas.Translate(area.Left, area.Top);
            canvas.ClipRect(SKRect.Create(size));
            _canvas.DrawWithFonts(canvas, size, Pass.Session.Fonts.CanvasFonts);
        }
        catch (Exception e) when (e is not LayoutException)
        {
            throw new LayoutException($"{DisplayName} failed to draw: {e.Message}", e);
        }
        finally
        {
            canvas.Restore();
        }
    }

    private SKSize SizeFor(float availableWidth)
    {
        if (_canvas.AspectRatio is { } ratio)
        {
            var width = _canvas.Width is { } max ? Math.Min(max, availableWidth) : availableWidth;
            return new SKSize(width, width / ratio);
        }
        return new SKSize(_canvas.Width ?? 0, _canvas.Height ?? 0);
    }
}

using SkiaSharp;

namespace ExoReport.Layout.Engine.Nodes;

/// <summary>
/// A fixed or width-bound box drawn by a callback; unsplittable, so a box larger than the page is an error
/// (reported by the paginator with the element's name). The callback runs only where the page is painted (not in
/// a counting pass, which records the text the canvas declares).
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
        var size = SizeFor(_canvas, available.Width);
        return LayoutMath.Fits(size.Width, available.Width) && LayoutMath.Fits(size.Height, available.Height)
            ? SpacePlan.Full(size.Width, size.Height)
            : SpacePlan.Wrap;
    }

    protected override void DrawCore(SKRect area)
    {
        _drawn = true;
        foreach (var text in _canvas.Text)
            Pass.Usage.Add(text.Typeface, text.Text);
        Pass.Drawing.Canvas(_canvas, area);
    }

    /// <summary>The box drawn in <paramref name="availableWidth"/> (also where a recorded canvas is replayed).</summary>
    public static SKSize SizeFor(Canvas canvas, float availableWidth)
    {
        if (canvas.AspectRatio is { } ratio)
        {
            var width = canvas.Width is { } max ? Math.Min(max, availableWidth) : availableWidth;
            return new SKSize(width, width / ratio);
        }
        return new SKSize(canvas.Width ?? 0, canvas.Height ?? 0);
    }
}

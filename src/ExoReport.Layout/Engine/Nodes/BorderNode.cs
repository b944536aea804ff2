using SkiaSharp;

namespace ExoReport.Layout.Engine.Nodes;

/// <summary>Draws each side's line inside the area (as a filled strip, so widths are exact) around the child.</summary>
internal sealed class BorderNode : LayoutNode
{
    private readonly Border _border;
    private readonly LayoutNode _child;

    public BorderNode(Border border, LayoutPass pass) : base(border, pass)
    {
        _border = border;
        _child = border.Child.CreateNode(pass);
    }

    protected override SpacePlan MeasureCore(SKSize available) =>
        Insets.Measure(_child, available, _border.Left, _border.Top, _border.Right, _border.Bottom) ?? WrapBecauseOfSelf(available);

    protected override void DrawCore(SKRect area)
    {
        var b = _border;
        _child.Draw(Insets.Inner(area, b.Left, b.Top, b.Right, b.Bottom));
        var paint = Pass.Session.Paints.Fill(b.Color);
        var canvas = Pass.Drawing;
        if (b.Top > 0)
            canvas.Rect(SKRect.Create(area.Left, area.Top, area.Width, b.Top), paint);
        if (b.Bottom > 0)
            canvas.Rect(SKRect.Create(area.Left, area.Bottom - b.Bottom, area.Width, b.Bottom), paint);
        if (b.Left > 0)
            canvas.Rect(SKRect.Create(area.Left, area.Top, b.Left, area.Height), paint);
        if (b.Right > 0)
            canvas.Rect(SKRect.Create(area.Right - b.Right, area.Top, b.Right, area.Height), paint);
    }
}

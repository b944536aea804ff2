using SkiaSharp;

namespace ExoReport.Layout.Engine.Nodes;

/// <summary>Fills the area, then draws the child on top.</summary>
internal sealed class BackgroundNode : LayoutNode
{
    private readonly Background _background;
    private readonly LayoutNode _child;

    public BackgroundNode(Background background, LayoutPass pass) : base(background, pass)
    {
        _background = background;
        _child = background.Child.CreateNode(pass);
    }

    protected override SpacePlan MeasureCore(SKSize available) => _child.Measure(available);

    protected override void DrawCore(SKRect area)
    {
        Pass.Drawing.Rect(area, Pass.Session.Paints.Fill(_background.Color));
        _child.Draw(area);
    }
}

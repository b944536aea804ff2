using SkiaSharp;

namespace ExoReport.Layout.Engine.Nodes;

/// <summary>Offers the child the space minus the padding; adds the padding to whatever the child takes.</summary>
internal sealed class PaddingNode : LayoutNode
{
    private readonly Padding _padding;
    private readonly LayoutNode _child;

    public PaddingNode(Padding padding, LayoutPass pass) : base(padding, pass)
    {
        _padding = padding;
        _child = padding.Child.CreateNode(pass);
    }

    protected override SpacePlan MeasureCore(SKSize available) =>
        Insets.Measure(_child, available, _padding.Left, _padding.Top, _padding.Right, _padding.Bottom) ?? WrapBecauseOfSelf(available);

    protected override void DrawCore(SKRect area) =>
        _child.Draw(Insets.Inner(area, _padding.Left, _padding.Top, _padding.Right, _padding.Bottom));
}

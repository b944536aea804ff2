using SkiaSharp;

namespace ExoReport.Layout.Engine.Nodes;

/// <summary>Takes its height, or what is left of the page if less; finished once drawn.</summary>
internal sealed class SpacerNode : LayoutNode
{
    private readonly Spacer _spacer;
    private bool _drawn;

    public SpacerNode(Spacer spacer, LayoutPass pass) : base(spacer, pass)
    {
        _spacer = spacer;
    }

    protected override SpacePlan MeasureCore(SKSize available)
    {
        if (_drawn)
            return SpacePlan.Empty;
        if (!LayoutMath.Fits(_spacer.Width, available.Width))
            return SpacePlan.Wrap;
        return SpacePlan.Full(_spacer.Width, Math.Min(_spacer.Height, available.Height));
    }

    protected override void DrawCore(SKRect area) => _drawn = true;
}

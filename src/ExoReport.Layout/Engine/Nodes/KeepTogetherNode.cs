using SkiaSharp;

namespace ExoReport.Layout.Engine.Nodes;

/// <summary>
/// Before its child starts, answers "does not fit here" instead of letting the child split, unless the child is
/// taller than a whole page or was already moved once (then splitting is the only way forward).
/// </summary>
internal sealed class KeepTogetherNode : LayoutNode
{
    private readonly LayoutNode _child;
    private readonly DeferralMemory _deferral = new();
    private bool _started;

    public KeepTogetherNode(KeepTogether keep, LayoutPass pass) : base(keep, pass)
    {
        _child = keep.Child.CreateNode(pass);
    }

    protected override SpacePlan MeasureCore(SKSize available)
    {
        var plan = _child.Measure(available);
        if (_started || plan.Kind != SpacePlanKind.PartialRender)
            return plan;
        var whole = _child.Measure(new SKSize(available.Width, LayoutMath.Unbounded));
        var fitsOnAPage = whole.Kind == SpacePlanKind.FullRender && LayoutMath.Fits(whole.Height, Pass.PageBodyHeight);
        return fitsOnAPage && _deferral.MayDefer(Pass.Attempt) ? SpacePlan.Wrap : plan;
    }

    protected override void DrawCore(SKRect area)
    {
        _started = true;
        _child.Draw(area);
    }
}

using SkiaSharp;

namespace ExoReport.Layout.Engine.Nodes;

/// <summary>Answers "continues on the next page" once, taking no space; afterwards it is finished.</summary>
internal sealed class PageBreakNode : LayoutNode
{
    private bool _broken;

    public PageBreakNode(PageBreak pageBreak, LayoutPass pass) : base(pageBreak, pass) { }

    protected override SpacePlan MeasureCore(SKSize available) => _broken ? SpacePlan.Empty : SpacePlan.Partial(0, 0);

    protected override void DrawCore(SKRect area) => _broken = true;
}

using SkiaSharp;

namespace ExoReport.Layout.Engine.Nodes;

/// <summary>
/// Lays items side by side. The row continues on the next page while any item does; an item that finished
/// stays finished (drawn once). If any unfinished item cannot place anything here, the whole row waits.
/// </summary>
internal sealed class RowNode : LayoutNode
{
    private readonly Row _row;
    private readonly LayoutNode[] _children;

    public RowNode(Row row, LayoutPass pass) : base(row, pass)
    {
        _row = row;
        _children = row.Items.Select(i => i.Content.CreateNode(pass)).ToArray();
    }

    protected override SpacePlan MeasureCore(SKSize available)
    {
        if (Plan(available) is not { } plan)
            return SpacePlan.Wrap;
        return plan.Overall;
    }

    protected override void DrawCore(SKRect area)
    {
        if (Plan(area.Size) is not { } plan)
            return;
        var x = area.Left;
        for (var i = 0; i < _children.Length; i++)
        {
            if (plan.Items[i].Draws)
                _children[i].Draw(SKRect.Create(x, area.Top, plan.Widths[i], area.Height));
            x += plan.Widths[i] + _row.Spacing;
        }
    }

    private RowPlan? Plan(SKSize available)
    {
        if (RowWidthPlanner.Plan(_row, _children, available.Width) is not { } widths)
            return null;
        var items = new SpacePlan[_children.Length];
        float height = 0;
        bool partial = false, any = false;
        for (var i = 0; i < _children.Length; i++)
        {
            items[i] = _children[i].Measure(new SKSize(widths[i], available.Height));
            switch (items[i].Kind)
            {
                case SpacePlanKind.Wrap:
                    return null;
                case SpacePlanKind.PartialRender:
                    partial = true;
                    break;
            }
            if (items[i].Draws)
                any = true;
            height = Math.Max(height, items[i].Height);
        }
        var width = widths.Sum() + _row.Spacing * Math.Max(0, widths.Length - 1);
        var overall = !any ? SpacePlan.Empty : partial ? SpacePlan.Partial(width, height) : SpacePlan.Full(width, height);
        return new RowPlan(widths, items, overall);
    }
}

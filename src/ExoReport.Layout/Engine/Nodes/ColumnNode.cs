using SkiaSharp;

namespace ExoReport.Layout.Engine.Nodes;

/// <summary>
/// Stacks children; its cursor is the first child not yet finished. Child nodes are created when the cursor
/// reaches them and dropped once drawn, so a long document never holds all its nodes at once.
/// </summary>
internal sealed class ColumnNode : LayoutNode
{
    private readonly Column _column;
    private readonly LayoutNode?[] _children;
    private int _next;

    public ColumnNode(Column column, LayoutPass pass) : base(column, pass)
    {
        _column = column;
        _children = new LayoutNode?[column.Children.Count];
    }

    protected override SpacePlan MeasureCore(SKSize available)
    {
        float height = 0, width = 0;
        var placed = false;
        for (var i = _next; i < _children.Length; i++)
        {
            var spacing = placed ? _column.Spacing : 0f;
            var room = available.Height - height - spacing;
            if (placed && room < 0)
                return SpacePlan.Partial(width, height);
            var plan = Child(i).Measure(new SKSize(available.Width, Math.Max(0, room)));
            switch (plan.Kind)
            {
                case SpacePlanKind.Empty:
                    continue;
                case SpacePlanKind.Wrap:
                    return placed ? SpacePlan.Partial(width, height) : SpacePlan.Wrap;
            }
            height += spacing + plan.Height;
            width = Math.Max(width, plan.Width);
            placed = true;
            if (plan.Kind == SpacePlanKind.PartialRender)
                return SpacePlan.Partial(width, height);
        }
        return placed ? SpacePlan.Full(width, height) : SpacePlan.Empty;
    }

    protected override void DrawCore(SKRect area)
    {
        float y = 0;
        var placed = false;
        while (_next < _children.Length)
        {
            var spacing = placed ? _column.Spacing : 0f;
            var room = area.Height - y - spacing;
            if (placed && room < 0)
                return;
            var child = Child(_next);
            var plan = child.Measure(new SKSize(area.Width, Math.Max(0, room)));
            if (plan.IsWrap)
                return;
            if (plan.IsEmpty)
            {
                Finish(_next);
                continue;
            }
            y += spacing;
            child.Draw(SKRect.Create(area.Left, area.Top + y, area.Width, plan.Height));
            y += plan.Height;
            placed = true;
            if (plan.Kind == SpacePlanKind.PartialRender)
                return;
            Finish(_next);
        }
    }

    private LayoutNode Child(int index) => _children[index] ??= _column.Children[index].CreateNode(Pass);

    private void Finish(int index)
    {
        _children[index] = null;
        _next = index + 1;
    }
}

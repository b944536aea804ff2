using SkiaSharp;

namespace ExoReport.Layout.Engine;

/// <summary>
/// The per-pass, stateful counterpart of an immutable <see cref="Element"/>. Nodes keep cursors (a column's next
/// child, a table's next row) so that a fresh tree per pass gives identical passes and identical renders.
/// </summary>
internal abstract class LayoutNode
{
    protected LayoutNode(Element element, LayoutPass pass)
    {
        Element = element;
        Pass = pass;
    }

    public Element Element { get; }

    protected LayoutPass Pass { get; }

    /// <summary>The element's type and, when it has one, its debug name: used in errors and warnings.</summary>
    public string DisplayName => ElementNames.Describe(Element);

    /// <summary>How much of what is left fits in <paramref name="available"/>. Never changes the cursor.</summary>
    public SpacePlan Measure(SKSize available)
    {
        var trace = Pass.Trace;
        trace.Enter(this);
        var wrapsBefore = trace.WrapCount;
        var plan = MeasureCore(available);
        if (plan.IsWrap)
            trace.NoteWrap(this, available, originatedHere: trace.WrapCount == wrapsBefore);
        trace.Exit();
        return plan;
    }

    /// <summary>Draws what fits in <paramref name="area"/> and moves the cursor past it.</summary>
    public void Draw(SKRect area) => DrawCore(area);

    /// <summary>
    /// Marks this node, not the child it just measured, as the reason for "does not fit" (a padding larger
    /// than the space offered, say), so the error names the right element.
    /// </summary>
    protected SpacePlan WrapBecauseOfSelf(SKSize available)
    {
        Pass.Trace.NoteWrap(this, available, originatedHere: true);
        return SpacePlan.Wrap;
    }

    protected abstract SpacePlan MeasureCore(SKSize available);

    protected abstract void DrawCore(SKRect area);
}

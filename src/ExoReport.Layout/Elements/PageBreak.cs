using ExoReport.Layout.Engine;
using ExoReport.Layout.Engine.Nodes;

namespace ExoReport.Layout;

/// <summary>Ends the current page; what follows starts on the next one.</summary>
public sealed record PageBreak : Element
{
    internal override LayoutNode CreateNode(LayoutPass pass) => new PageBreakNode(this, pass);
}

using ExoReport.Layout.Engine;
using ExoReport.Layout.Engine.Nodes;

namespace ExoReport.Layout;

/// <summary>
/// Moves its child to the next page rather than splitting it, when the child fits on a page; a child taller than
/// a page still splits.
/// </summary>
public sealed record KeepTogether(Element Child) : Element
{
    internal override LayoutNode CreateNode(LayoutPass pass) => new KeepTogetherNode(this, pass);
}

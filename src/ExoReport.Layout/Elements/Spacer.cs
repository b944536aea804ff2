using ExoReport.Layout.Engine;
using ExoReport.Layout.Engine.Nodes;

namespace ExoReport.Layout;

/// <summary>
/// Empty space. At the bottom of a page it shrinks to what is left rather than pushing blank space to the top
/// of the next page.
/// </summary>
public sealed record Spacer(float Height, float Width = 0) : Element
{
    internal override LayoutNode CreateNode(LayoutPass pass) => new SpacerNode(this, pass);
}

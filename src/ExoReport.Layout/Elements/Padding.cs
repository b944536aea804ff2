using ExoReport.Layout.Engine;
using ExoReport.Layout.Engine.Nodes;

namespace ExoReport.Layout;

/// <summary>Empty space around a child, in points.</summary>
public sealed record Padding(Element Child, float Left, float Top, float Right, float Bottom) : Element
{
    public Padding(Element child, float all) : this(child, all, all, all, all) { }

    public Padding(Element child, float horizontal, float vertical) : this(child, horizontal, vertical, horizontal, vertical) { }

    internal override LayoutNode CreateNode(LayoutPass pass) => new PaddingNode(this, pass);
}

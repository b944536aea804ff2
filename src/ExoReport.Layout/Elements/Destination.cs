using ExoReport.Layout.Engine;
using ExoReport.Layout.Engine.Nodes;

namespace ExoReport.Layout;

/// <summary>Marks where its child starts as a named destination that internal links (<see cref="TextSpan.Destination"/>) jump to.</summary>
public sealed record Destination(string DestinationName, Element Child) : Element
{
    internal override LayoutNode CreateNode(LayoutPass pass) => new DestinationNode(this, pass);
}

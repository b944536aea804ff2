using ExoReport.Layout.Engine;
using ExoReport.Layout.Engine.Nodes;
using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>Fills the child's area with a colour before drawing the child.</summary>
public sealed record Background(Element Child, SKColor Color) : Element
{
    internal override LayoutNode CreateNode(LayoutPass pass) => new BackgroundNode(this, pass);
}

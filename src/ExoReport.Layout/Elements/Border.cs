using ExoReport.Layout.Engine;
using ExoReport.Layout.Engine.Nodes;
using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>Lines along the sides of a child; each side has its own width (0 = no line). Lines take space inside.</summary>
public sealed record Border(Element Child, SKColor Color, float Left, float Top, float Right, float Bottom) : Element
{
    public Border(Element child, float width, SKColor color) : this(child, color, width, width, width, width) { }

    /// <summary>Only a line below the child: a rule under a heading.</summary>
    public static Border Below(Element child, float width, SKColor color) => new(child, color, 0, 0, 0, width);

    /// <summary>Only a line above the child.</summary>
    public static Border Above(Element child, float width, SKColor color) => new(child, color, 0, width, 0, 0);

    internal override LayoutNode CreateNode(LayoutPass pass) => new BorderNode(this, pass);
}

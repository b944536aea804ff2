using ExoReport.Layout.Engine;
using ExoReport.Layout.Engine.Nodes;

namespace ExoReport.Layout;

/// <summary>Children stacked top to bottom, with <see cref="Spacing"/> between them; flows across pages.</summary>
public sealed record Column : Element
{
    public Column(params Element[] children) : this((IEnumerable<Element>)children) { }

    public Column(IEnumerable<Element> children)
    {
        Children = children.ToArray();
    }

    public IReadOnlyList<Element> Children { get; }

    /// <summary>Vertical space between two children, in points.</summary>
    public float Spacing { get; init; }

    internal override LayoutNode CreateNode(LayoutPass pass) => new ColumnNode(this, pass);
}

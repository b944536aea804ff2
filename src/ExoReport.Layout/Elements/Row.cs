using ExoReport.Layout.Engine;
using ExoReport.Layout.Engine.Nodes;

namespace ExoReport.Layout;

/// <summary>Items side by side with fixed, relative or auto widths; the row is as tall as its tallest item.</summary>
public sealed record Row : Element
{
    public Row(params RowItem[] items) : this((IEnumerable<RowItem>)items) { }

    public Row(IEnumerable<RowItem> items)
    {
        Items = items.ToArray();
    }

    public IReadOnlyList<RowItem> Items { get; }

    /// <summary>Horizontal space between two items, in points.</summary>
    public float Spacing { get; init; }

    internal override LayoutNode CreateNode(LayoutPass pass) => new RowNode(this, pass);
}

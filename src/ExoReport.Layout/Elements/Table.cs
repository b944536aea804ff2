using ExoReport.Layout.Engine;
using ExoReport.Layout.Engine.TableLayout;
using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>
/// A grid of cells that flows across pages: header rows repeat on every page (below
/// <see cref="ContinuationCaption"/> on pages after the first); a row (or a group of rows joined by row spans)
/// moves whole to the next page when it fits there and splits only when it is taller than a page; a cell that
/// was finished before a split is not drawn again.
/// </summary>
public sealed record Table : Element
{
    public Table(IEnumerable<TableColumn> columns, IEnumerable<TableRow> rows, IEnumerable<TableRow>? headerRows = null)
    {
        Columns = columns.ToArray();
        Rows = rows.ToArray();
        HeaderRows = headerRows?.ToArray() ?? [];
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public IReadOnlyList<TableRow> HeaderRows { get; }

    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>Shown above the repeated header rows on every page after the first ("Table 1 (continued)").</summary>
    public Element? ContinuationCaption { get; init; }

    /// <summary>Background of every second body row (the 2nd, 4th, ...); null for none.</summary>
    public SKColor? ZebraColor { get; init; }

    /// <summary>Background of the header rows; null for none.</summary>
    public SKColor? HeaderBackground { get; init; }

    /// <summary>Space between a cell's edge and its content, in points.</summary>
    public float CellPadding { get; init; } = 3f;

    /// <summary>Width of the grid lines around cells; 0 for none.</summary>
    public float GridLineWidth { get; init; } = 0.5f;

    public SKColor GridLineColor { get; init; } = new(0x99, 0x99, 0x99);

    internal override LayoutNode CreateNode(LayoutPass pass) => new TableNode(this, pass);
}

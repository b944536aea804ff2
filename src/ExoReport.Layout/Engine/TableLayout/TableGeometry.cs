namespace ExoReport.Layout.Engine.TableLayout;

/// <summary>
/// Horizontal geometry at one width: column positions inside the grid, which is inset by half a grid line on
/// each side so the outer lines stay inside the table's area.
/// </summary>
internal sealed class TableGeometry
{
    private readonly float[] _lefts;
    private readonly float[] _widths;

    public TableGeometry(float[] columnWidths, float gridLine, float padding)
    {
        _widths = columnWidths;
        _lefts = new float[columnWidths.Length];
        for (var i = 1; i < columnWidths.Length; i++)
            _lefts[i] = _lefts[i - 1] + columnWidths[i - 1];
        GridLine = gridLine;
        Padding = padding;
    }

    public float GridLine { get; }

    public float Padding { get; }

    /// <summary>Columns plus the half grid lines outside the first and last column.</summary>
    public float TableWidth => _widths.Sum() + GridLine;

    /// <summary>Offset of a cell's left edge from the table's left edge.</summary>
    public float CellLeft(PlacedCell cell) => GridLine / 2 + _lefts[cell.Column];

    public float CellWidth(PlacedCell cell)
    {
        var width = 0f;
        for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
            width += _widths[c];
        return width;
    }

    public float ContentWidth(PlacedCell cell) => Math.Max(0, CellWidth(cell) - 2 * Padding);
}

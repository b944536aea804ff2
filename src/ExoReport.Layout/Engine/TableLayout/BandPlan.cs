namespace ExoReport.Layout.Engine.TableLayout;

/// <summary>A row group as placed on this page: row heights, total height, whether it is split, its cells.</summary>
internal sealed record BandPlan(int GroupIndex, RowGroup Group, float[] RowHeights, bool IsSplit, IReadOnlyList<CellPlan> Cells)
{
    public float Height => RowHeights.Sum();

    /// <summary>Offset of a cell's top from the band's top, and its height (its rows' heights together).</summary>
    public (float Top, float Height) Vertical(PlacedCell cell)
    {
        var first = cell.RowIndex - Group.FirstRow;
        float top = 0, height = 0;
        for (var r = 0; r < first; r++)
            top += RowHeights[r];
        for (var r = first; r < first + cell.RowSpan; r++)
            height += RowHeights[r];
        return (top, height);
    }
}

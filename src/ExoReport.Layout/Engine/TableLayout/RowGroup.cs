namespace ExoReport.Layout.Engine.TableLayout;

/// <summary>
/// Consecutive rows joined by row spans (usually one row): the unit that moves whole to the next page.
/// <see cref="Cells"/> are the cells starting in these rows.
/// </summary>
internal sealed record RowGroup(int FirstRow, int LastRow, IReadOnlyList<PlacedCell> Cells)
{
    public int RowCount => LastRow - FirstRow + 1;
}

namespace ExoReport.Layout.Engine.TableLayout;

/// <summary>
/// Row heights for a row group from its cells' heights: a one-row cell sets a minimum for its row; a spanning
/// cell that needs more than its rows give adds the difference to its last row.
/// </summary>
internal static class RowHeightSolver
{
    public static float[] Solve(RowGroup group, Func<PlacedCell, float> cellHeight)
    {
        var heights = new float[group.RowCount];
        foreach (var cell in group.Cells.Where(c => c.RowSpan == 1))
        {
            var row = cell.RowIndex - group.FirstRow;
            heights[row] = Math.Max(heights[row], cellHeight(cell));
        }
        foreach (var cell in group.Cells.Where(c => c.RowSpan > 1).OrderBy(c => c.RowIndex + c.RowSpan))
        {
            var first = cell.RowIndex - group.FirstRow;
            var last = first + cell.RowSpan - 1;
            var given = 0f;
            for (var r = first; r <= last; r++)
                given += heights[r];
            var missing = cellHeight(cell) - given;
            if (missing > 0)
                heights[last] += missing;
        }
        return heights;
    }

    /// <summary>
    /// Fits natural row heights into a band of a given height (a split row group): rows are clipped from the top
    /// down, and the last row stretches so the group fills the band to the page's end.
    /// </summary>
    public static float[] FitToBand(float[] natural, float band)
    {
        var heights = new float[natural.Length];
        var used = 0f;
        for (var i = 0; i < natural.Length; i++)
        {
            heights[i] = Math.Max(0, Math.Min(natural[i], band - used));
            used += heights[i];
        }
        if (heights.Length > 0 && used < band)
            heights[^1] += band - used;
        return heights;
    }
}

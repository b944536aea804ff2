namespace ExoReport.Layout.Engine.TableLayout;

/// <summary>
/// Places cells on the grid the way HTML does (left to right, skipping slots taken by row spans from above) and
/// rejects shapes that cannot be drawn, naming the table, row and cell. Header and body are placed separately:
/// a span never crosses from the header into the body.
/// </summary>
internal static class TableGridBuilder
{
    public static TableGrid Build(Table table)
    {
        var name = ElementNames.Describe(table);
        if (table.Columns.Count == 0)
            throw new LayoutException($"{name} has no columns.");
        foreach (var column in table.Columns)
        {
            if (column.Value <= 0 || float.IsNaN(column.Value) || float.IsInfinity(column.Value))
                throw new LayoutException($"{name} has a column with a non-positive {column.Sizing.ToString().ToLowerInvariant()} width ({column.Value}).");
        }
        return new TableGrid(
            Place(table.HeaderRows, table.Columns.Count, $"{name}, header row"),
            Place(table.Rows, table.Columns.Count, $"{name}, row"));
    }

    private static TableSection Place(IReadOnlyList<TableRow> rows, int columnCount, string where)
    {
        if (rows.Count == 0)
            return TableSection.Empty;
        var taken = new bool[rows.Count, columnCount];
        var cells = new List<PlacedCell>();
        var startingIn = new List<PlacedCell>[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            startingIn[r] = [];
            var column = 0;
            for (var c = 0; c < rows[r].Cells.Count; c++)
            {
                var cell = rows[r].Cells[c];
                var at = $"{where} {r + 1}, cell {c + 1}";
                if (cell.ColumnSpan < 1 || cell.RowSpan < 1)
                    throw new LayoutException($"{at}: spans must be at least 1 (column span {cell.ColumnSpan}, row span {cell.RowSpan}).");
                while (column < columnCount && taken[r, column])
                    column++;
                if (column + cell.ColumnSpan > columnCount)
                    throw new LayoutException($"{at}: the row has more cells than the table's {columnCount} columns.");
                if (r + cell.RowSpan > rows.Count)
                    throw new LayoutException($"{at}: spans {cell.RowSpan} rows, past the last row.");
                for (var rr = r; rr < r + cell.RowSpan; rr++)
                {
                    for (var cc = column; cc < column + cell.ColumnSpan; cc++)
                    {
                        if (taken[rr, cc])
                            throw new LayoutException($"{at}: overlaps a cell spanning from a row above.");
                        taken[rr, cc] = true;
                    }
                }
                var placed = new PlacedCell(cell, rows[r], r, column, cell.RowSpan, cell.ColumnSpan, cells.Count);
                cells.Add(placed);
                startingIn[r].Add(placed);
                column += cell.ColumnSpan;
            }
        }
        return new TableSection(cells, Groups(startingIn), rows.Count);
    }

    /// <summary>Cuts the rows wherever no cell spans across the cut.</summary>
    private static List<RowGroup> Groups(List<PlacedCell>[] startingIn)
    {
        var groups = new List<RowGroup>();
        var first = 0;
        var end = 0;
        for (var r = 0; r < startingIn.Length; r++)
        {
            foreach (var cell in startingIn[r])
                end = Math.Max(end, cell.RowIndex + cell.RowSpan - 1);
            if (end <= r)
            {
                groups.Add(new RowGroup(first, r, startingIn[first..(r + 1)].SelectMany(c => c).ToArray()));
                first = r + 1;
                end = first;
            }
        }
        return groups;
    }
}

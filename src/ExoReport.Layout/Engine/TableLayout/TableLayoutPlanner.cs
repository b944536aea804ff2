namespace ExoReport.Layout.Engine.TableLayout;

/// <summary>
/// Column widths for a given table width: fixed columns take their width, relative columns share the rest by
/// weight. Null when fixed columns alone are wider than the space.
/// </summary>
internal static class TableLayoutPlanner
{
    public static float[]? ColumnWidths(IReadOnlyList<TableColumn> columns, float available)
    {
        var fixedTotal = columns.Where(c => c.Sizing == TableColumnSizing.Fixed).Sum(c => c.Value);
        var rest = available - fixedTotal;
        if (rest < -LayoutMath.Epsilon)
            return null;
        var weights = columns.Where(c => c.Sizing == TableColumnSizing.Relative).Sum(c => c.Value);
        return columns
            .Select(c => c.Sizing == TableColumnSizing.Fixed ? c.Value : Math.Max(0, rest) * c.Value / weights)
            .ToArray();
    }
}

using SkiaSharp;

namespace ExoReport.Layout.Engine.TableLayout;

/// <summary>
/// Builds the header rows as one band with fresh nodes, for every page the table appears on. Header cells must
/// fit whole; null when one cannot.
/// </summary>
internal static class TableHeaderBand
{
    public static BandPlan? Build(TableSection header, TableGeometry geometry, LayoutPass pass)
    {
        var cells = new Dictionary<int, CellPlan>();
        foreach (var cell in header.Cells)
        {
            var node = cell.Cell.Content.CreateNode(pass);
            var plan = node.Measure(new SKSize(geometry.ContentWidth(cell), LayoutMath.Unbounded));
            if (plan.Kind is SpacePlanKind.Wrap or SpacePlanKind.PartialRender)
                return null;
            cells.Add(cell.Index, new CellPlan(cell, node, plan));
        }
        // One band over all header rows: row spans cannot leave the header.
        var all = new RowGroup(0, header.RowCount - 1, header.Cells);
        var heights = RowHeightSolver.Solve(all, cell => cells[cell.Index].Content.Height + 2 * geometry.Padding);
        return new BandPlan(-1, all, heights, false, cells.Values.ToArray());
    }
}

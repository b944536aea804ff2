using SkiaSharp;

namespace ExoReport.Layout.Engine.TableLayout;

/// <summary>
/// The body cells of one table in one pass: a node per cell, created when its row group is reached and dropped
/// when the cell is finished, and a completion flag per cell (so a split row never draws a finished cell again).
/// Builds the bands a page shows from them.
/// </summary>
internal sealed class TableBodyCells
{
    private readonly LayoutPass _pass;
    private readonly LayoutNode?[] _nodes;
    private readonly bool[] _finished;

    // Natural heights of row groups none of whose cells has been drawn yet, by group index, with the content widths
    // they were measured at: a page plan asks for each group's heights when measuring, again when its column
    // measures it before drawing, and again when drawing.
    private readonly Dictionary<int, (float[] Widths, float[] Heights)> _naturalHeights = [];

    public TableBodyCells(TableSection body, LayoutPass pass)
    {
        _pass = pass;
        _nodes = new LayoutNode?[body.Cells.Count];
        _finished = new bool[body.Cells.Count];
    }

    public bool AllFinished(RowGroup group) => group.Cells.All(c => _finished[c.Index]);

    /// <summary>Records the cells of a drawn band whose content is now complete.</summary>
    public void Finish(BandPlan band)
    {
        // Drawn cells have moved on (a split row's cells keep only what is left): measure afresh from now on.
        _naturalHeights.Remove(band.GroupIndex);
        foreach (var cell in band.Cells.Where(c => c.FinishesHere))
        {
            _finished[cell.Cell.Index] = true;
            _nodes[cell.Cell.Index] = null;
        }
    }

    /// <summary>Row heights the group needs for what is left of its cells; null when a cell is too narrow for its content.</summary>
    public float[]? NaturalRowHeights(int groupIndex, RowGroup group, TableGeometry geometry)
    {
        var widths = group.Cells.Select(geometry.ContentWidth).ToArray();
        if (_naturalHeights.TryGetValue(groupIndex, out var cached) && cached.Widths.AsSpan().SequenceEqual(widths))
            return cached.Heights;
        var heights = Measure(group, geometry);
        if (heights is not null && group.Cells.All(c => !_finished[c.Index]))
            _naturalHeights[groupIndex] = (widths, heights);
        return heights;
    }

    private float[]? Measure(RowGroup group, TableGeometry geometry)
    {
        var tooNarrow = false;
        var heights = RowHeightSolver.Solve(group, cell =>
        {
            if (_finished[cell.Index])
                return 0f;
            var plan = Node(cell).Measure(new SKSize(geometry.ContentWidth(cell), LayoutMath.Unbounded));
            tooNarrow |= plan.IsWrap;
            return plan.Height + 2 * geometry.Padding;
        });
        return tooNarrow ? null : heights;
    }

    /// <summary>The group drawn whole at its natural heights.</summary>
    public BandPlan WholeBand(int groupIndex, RowGroup group, float[] heights, TableGeometry geometry)
    {
        var cells = group.Cells
            .Select(cell => _finished[cell.Index]
                ? new CellPlan(cell, null, SpacePlan.Empty)
                : new CellPlan(cell, Node(cell), SpacePlan.Full(geometry.ContentWidth(cell), 0)))
            .ToArray();
        return new BandPlan(groupIndex, group, heights, false, cells);
    }

    /// <summary>The group cut at the page's end: each cell gets what its rows leave it. Null if no cell can progress.</summary>
    public BandPlan? SplitBand(int groupIndex, RowGroup group, float[] natural, float room, TableGeometry geometry)
    {
        var band = new BandPlan(groupIndex, group, RowHeightSolver.FitToBand(natural, room), true, []);
        var cells = new List<CellPlan>();
        foreach (var cell in group.Cells)
        {
            if (_finished[cell.Index])
            {
                cells.Add(new CellPlan(cell, null, SpacePlan.Empty));
                continue;
            }
            // A cell with nothing to place here (no room, or content that cannot split) waits for the next page.
            var contentRoom = band.Vertical(cell).Height - 2 * geometry.Padding;
            var node = Node(cell);
            var plan = contentRoom > LayoutMath.Epsilon
                ? node.Measure(new SKSize(geometry.ContentWidth(cell), contentRoom))
                : SpacePlan.Wrap;
            cells.Add(new CellPlan(cell, node, plan));
        }
        return cells.Any(c => c.DrawsContent) ? band with { Cells = cells } : null;
    }

    private LayoutNode Node(PlacedCell cell) => _nodes[cell.Index] ??= cell.Cell.Content.CreateNode(_pass);
}

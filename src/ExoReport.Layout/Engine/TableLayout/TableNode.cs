using SkiaSharp;

namespace ExoReport.Layout.Engine.TableLayout;

/// <summary>
/// A table across pages. Its cursor is the next unfinished row group; each body cell's completion is tracked on
/// its own, so a split row does not draw its finished cells again (a known QuestPDF defect). Header rows and the
/// continuation caption get fresh nodes on every page.
/// </summary>
internal sealed class TableNode : LayoutNode
{
    private readonly Table _table;
    private readonly LayoutNode?[] _cellNodes;
    private readonly bool[] _cellFinished;
    private readonly DeferralMemory _deferral = new();
    private int _nextGroup;
    private bool _started;

    public TableNode(Table table, LayoutPass pass) : base(table, pass)
    {
        _table = table;
        var cells = Grid.Body.Cells.Count;
        _cellNodes = new LayoutNode?[cells];
        _cellFinished = new bool[cells];
    }

    private TableGrid Grid => Pass.Session.Grid(_table);

    private bool Finished => Grid.Body.Groups.Count > 0
        ? _nextGroup >= Grid.Body.Groups.Count
        : _started || Grid.Header.Groups.Count == 0;

    protected override SpacePlan MeasureCore(SKSize available) => Plan(available).Outcome;

    protected override void DrawCore(SKRect area)
    {
        var plan = Plan(area.Size);
        if (!plan.Outcome.Draws || plan.Geometry is not { } geometry)
            return;
        var y = area.Top;
        if (plan.Caption is { } caption)
        {
            caption.Draw(SKRect.Create(area.Left, y, area.Width, plan.CaptionHeight));
            y += plan.CaptionHeight;
        }
        y += geometry.GridLine / 2;
        if (plan.Header is { } header)
        {
            TableCellPainter.Paint(header, new SKPoint(area.Left, y), geometry, _table, isHeader: true, Pass);
            y += header.Height;
        }
        foreach (var band in plan.Bands)
        {
            TableCellPainter.Paint(band, new SKPoint(area.Left, y), geometry, _table, isHeader: false, Pass);
            y += band.Height;
            Advance(band);
        }
        _started = true;
    }

    /// <summary>Records which cells finished; moves the cursor past the group when all its cells have.</summary>
    private void Advance(BandPlan band)
    {
        foreach (var cell in band.Cells.Where(c => c.FinishesHere))
        {
            _cellFinished[cell.Cell.Index] = true;
            _cellNodes[cell.Cell.Index] = null;
        }
        if (band.Group.Cells.All(c => _cellFinished[c.Index]))
            _nextGroup = band.GroupIndex + 1;
    }

    private TablePagePlan Plan(SKSize available)
    {
        if (Finished)
            return TablePagePlan.Of(SpacePlan.Empty);
        var line = _table.GridLineWidth;
        if (TableLayoutPlanner.ColumnWidths(_table.Columns, available.Width - line) is not { } widths)
            return TablePagePlan.Of(SpacePlan.Wrap);
        var geometry = new TableGeometry(widths, line, _table.CellPadding);

        var used = line;
        LayoutNode? caption = null;
        var captionHeight = 0f;
        if (_started && _table.ContinuationCaption is { } captionElement)
        {
            caption = captionElement.CreateNode(Pass);
            var captionPlan = caption.Measure(available);
            if (captionPlan.Kind != SpacePlanKind.FullRender)
                return TablePagePlan.Of(captionPlan.IsEmpty ? SpacePlan.Empty : SpacePlan.Wrap);
            captionHeight = captionPlan.Height;
            used += captionHeight;
        }

        BandPlan? header = null;
        if (Grid.Header.Groups.Count > 0)
        {
            header = HeaderBand(geometry);
            if (header is null)
                return TablePagePlan.Of(SpacePlan.Wrap);
            used += header.Height;
        }
        if (!LayoutMath.Fits(used, available.Height))
            return TablePagePlan.Of(SpacePlan.Wrap);

        var bands = new List<BandPlan>();
        var room = available.Height - used;
        var groups = Grid.Body.Groups;
        var outcome = SpacePlanKind.FullRender;
        for (var g = _nextGroup; g < groups.Count; g++)
        {
            if (NaturalRowHeights(groups[g], geometry) is not { } natural)
                return TablePagePlan.Of(SpacePlan.Wrap);
            var height = natural.Sum();
            if (LayoutMath.Fits(height, room))
            {
                bands.Add(FullBand(g, natural, geometry));
                room -= height;
                continue;
            }

            outcome = SpacePlanKind.PartialRender;
            var firstOnPage = bands.Count == 0;
            var fitsOnAFreshPage = LayoutMath.Fits(height, PageCapacity(header, available));
            if (fitsOnAFreshPage)
            {
                // Move the group whole to the next page; at the top of a page it must split instead.
                if (!firstOnPage)
                    break;
                if (!_started && _deferral.MayDefer(Pass.Attempt))
                    return TablePagePlan.Of(SpacePlan.Wrap);
            }
            if (SplitBand(g, natural, room, geometry) is { } split)
            {
                bands.Add(split);
                room = 0;
            }
            else if (firstOnPage)
            {
                return TablePagePlan.Of(SpacePlan.Wrap);
            }
            break;
        }

        var total = available.Height - room;
        return new TablePagePlan(new SpacePlan(outcome, geometry.TableWidth, total), geometry, caption, captionHeight, header, bands);
    }

    /// <summary>
    /// The height a row group may have and still fit on a fresh page below the caption and repeated header:
    /// a group taller than this is split rather than moved.
    /// </summary>
    private float PageCapacity(BandPlan? header, SKSize available)
    {
        var caption = 0f;
        if (_table.ContinuationCaption is { } captionElement)
        {
            var plan = captionElement.CreateNode(Pass).Measure(available with { Height = LayoutMath.Unbounded });
            caption = plan.Height;
        }
        return Pass.PageBodyHeight - _table.GridLineWidth - caption - (header?.Height ?? 0);
    }

    private BandPlan? HeaderBand(TableGeometry geometry)
    {
        var cells = new List<CellPlan>();
        foreach (var group in Grid.Header.Groups)
        {
            foreach (var cell in group.Cells)
            {
                var node = cell.Cell.Content.CreateNode(Pass);
                var plan = node.Measure(new SKSize(geometry.ContentWidth(cell), LayoutMath.Unbounded));
                if (plan.Kind is SpacePlanKind.Wrap or SpacePlanKind.PartialRender)
                    return null;
                cells.Add(new CellPlan(cell, node, plan));
            }
        }
        // The header is one band over all header rows; rows spans cannot leave the header.
        var all = new RowGroup(0, Grid.Header.RowCount - 1, Grid.Header.Cells);
        var byCell = cells.ToDictionary(c => c.Cell.Index);
        var heights = RowHeightSolver.Solve(all, cell => byCell[cell.Index].Content.Height + 2 * geometry.Padding);
        return new BandPlan(-1, all, heights, false, cells);
    }

    private float[]? NaturalRowHeights(RowGroup group, TableGeometry geometry)
    {
        var tooNarrow = false;
        var heights = RowHeightSolver.Solve(group, cell =>
        {
            if (_cellFinished[cell.Index])
                return 0f;
            var plan = CellNode(cell).Measure(new SKSize(geometry.ContentWidth(cell), LayoutMath.Unbounded));
            tooNarrow |= plan.IsWrap;
            return plan.Height + 2 * geometry.Padding;
        });
        return tooNarrow ? null : heights;
    }

    private BandPlan FullBand(int groupIndex, float[] heights, TableGeometry geometry)
    {
        var group = Grid.Body.Groups[groupIndex];
        var cells = group.Cells
            .Select(cell => _cellFinished[cell.Index]
                ? new CellPlan(cell, null, SpacePlan.Empty)
                : new CellPlan(cell, CellNode(cell), SpacePlan.Full(geometry.ContentWidth(cell), 0)))
            .ToArray();
        return new BandPlan(groupIndex, group, heights, false, cells);
    }

    /// <summary>The group cut at the page's end: each cell gets what its rows leave it. Null if no cell can progress.</summary>
    private BandPlan? SplitBand(int groupIndex, float[] natural, float room, TableGeometry geometry)
    {
        var group = Grid.Body.Groups[groupIndex];
        var heights = RowHeightSolver.FitToBand(natural, room);
        var probe = new BandPlan(groupIndex, group, heights, true, []);
        var cells = new List<CellPlan>();
        foreach (var cell in group.Cells)
        {
            if (_cellFinished[cell.Index])
            {
                cells.Add(new CellPlan(cell, null, SpacePlan.Empty));
                continue;
            }
            var contentRoom = probe.Vertical(cell).Height - 2 * geometry.Padding;
            var node = CellNode(cell);
            var plan = contentRoom > LayoutMath.Epsilon
                ? node.Measure(new SKSize(geometry.ContentWidth(cell), contentRoom))
                : SpacePlan.Wrap;
            // A cell with nothing to place here simply waits for the next page.
            cells.Add(new CellPlan(cell, node, plan));
        }
        return cells.Any(c => c.Node is not null && c.Content.Draws) ? probe with { Cells = cells } : null;
    }

    private LayoutNode CellNode(PlacedCell cell) => _cellNodes[cell.Index] ??= cell.Cell.Content.CreateNode(Pass);
}

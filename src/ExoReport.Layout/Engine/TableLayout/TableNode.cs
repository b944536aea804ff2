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
    private readonly TableBodyCells _cells;
    private readonly DeferralMemory _deferral = new();
    private int _nextGroup;
    private bool _started;

    public TableNode(Table table, LayoutPass pass) : base(table, pass)
    {
        _table = table;
        _cells = new TableBodyCells(Grid.Body, pass);
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
            _cells.Finish(band);
            if (_cells.AllFinished(band.Group))
                _nextGroup = band.GroupIndex + 1;
        }
        _started = true;
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
            header = TableHeaderBand.Build(Grid.Header, geometry, Pass);
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
            if (_cells.NaturalRowHeights(g, groups[g], geometry) is not { } natural)
                return TablePagePlan.Of(SpacePlan.Wrap);
            var height = natural.Sum();
            if (LayoutMath.Fits(height, room))
            {
                bands.Add(_cells.WholeBand(g, groups[g], natural, geometry));
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
            if (_cells.SplitBand(g, groups[g], natural, room, geometry) is { } split)
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
}

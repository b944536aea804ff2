namespace ExoReport.Layout.Engine.TableLayout;

/// <summary>
/// A cell on this page: its node (null when its content was finished on an earlier page: only its background
/// and lines are drawn) and what its content will do here.
/// </summary>
internal sealed record CellPlan(PlacedCell Cell, LayoutNode? Node, SpacePlan Content)
{
    public bool DrawsContent => Node is not null && Content.Draws;

    /// <summary>After drawing, is the cell's content complete?</summary>
    public bool FinishesHere => Node is null || Content.Kind is SpacePlanKind.FullRender or SpacePlanKind.Empty;
}

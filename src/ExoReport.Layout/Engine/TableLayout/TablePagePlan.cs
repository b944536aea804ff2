namespace ExoReport.Layout.Engine.TableLayout;

/// <summary>What the table puts on one page: the continuation caption, the header band, the body bands.</summary>
internal sealed record TablePagePlan(
    SpacePlan Outcome,
    TableGeometry? Geometry,
    LayoutNode? Caption,
    float CaptionHeight,
    BandPlan? Header,
    IReadOnlyList<BandPlan> Bands)
{
    public static TablePagePlan Of(SpacePlan outcome) => new(outcome, null, null, 0, null, []);
}

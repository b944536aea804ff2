namespace ExoReport.Layout.Engine;

/// <summary>An element's answer to "how much of you fits in this space?", with the size it will occupy.</summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, float Width, float Height)
{
    public static SpacePlan Empty => new(SpacePlanKind.Empty, 0, 0);

    public static SpacePlan Wrap => new(SpacePlanKind.Wrap, 0, 0);

    public static SpacePlan Full(float width, float height) => new(SpacePlanKind.FullRender, width, height);

    public static SpacePlan Partial(float width, float height) => new(SpacePlanKind.PartialRender, width, height);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;

    public bool IsEmpty => Kind == SpacePlanKind.Empty;

    /// <summary>True when the plan puts something on the page (fully or partly).</summary>
    public bool Draws => Kind is SpacePlanKind.FullRender or SpacePlanKind.PartialRender;
}

namespace ExoReport.Layout.Engine.Nodes;

/// <summary>A row on one page: each item's width and plan, and the row's overall plan.</summary>
internal sealed record RowPlan(float[] Widths, SpacePlan[] Items, SpacePlan Overall);

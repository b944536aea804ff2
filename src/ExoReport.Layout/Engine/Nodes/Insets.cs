using SkiaSharp;

namespace ExoReport.Layout.Engine.Nodes;

/// <summary>The arithmetic shared by elements that surround a child with space (padding, border lines).</summary>
internal static class Insets
{
    /// <summary>The child's plan grown by the insets; null when the space is too small for the insets themselves.</summary>
    public static SpacePlan? Measure(LayoutNode child, SKSize available, float left, float top, float right, float bottom)
    {
        var inner = new SKSize(available.Width - left - right, available.Height - top - bottom);
        if (inner.Width < -LayoutMath.Epsilon || inner.Height < -LayoutMath.Epsilon)
        {
            // Too small even for the insets; a finished child still takes nothing.
            return child.Measure(new SKSize(0, 0)).IsEmpty ? SpacePlan.Empty : null;
        }
        var plan = child.Measure(new SKSize(Math.Max(0, inner.Width), Math.Max(0, inner.Height)));
        return plan.Kind switch
        {
            SpacePlanKind.Empty or SpacePlanKind.Wrap => plan,
            _ => plan with { Width = plan.Width + left + right, Height = plan.Height + top + bottom },
        };
    }

    public static SKRect Inner(SKRect area, float left, float top, float right, float bottom) =>
        new(area.Left + left, area.Top + top, Math.Max(area.Left + left, area.Right - right), Math.Max(area.Top + top, area.Bottom - bottom));
}

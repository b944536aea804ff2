namespace ExoReport.Layout.Engine;

/// <summary>Float comparisons with a tolerance: sums of measured heights never match the offered space exactly.</summary>
internal static class LayoutMath
{
    /// <summary>A hundredth of a point: invisible on paper, large enough to absorb rounding.</summary>
    public const float Epsilon = 0.01f;

    /// <summary>"No limit" for measuring natural heights; finite so that arithmetic on it stays finite.</summary>
    public const float Unbounded = 1_000_000f;

    public static bool Fits(float needed, float available) => needed <= available + Epsilon;
}

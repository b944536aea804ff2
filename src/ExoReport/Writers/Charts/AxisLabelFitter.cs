namespace ExoReport.Writers.Charts;

/// <summary>
/// Chooses how category labels sit along an axis so neighbours never overlap: wrap first, then a smaller
/// font, then (on a horizontal axis) a quarter turn. Measures with the chart's own typeface.
/// </summary>
internal static class AxisLabelFitter
{
    private static readonly float[] FontSizes = [ChartStyle.TickFontSize, 11, 10, ChartStyle.MinimumTickFontSize];

    // Room left between neighbouring labels.
    private const float Spacing = 6;

    /// <param name="pitch">Distance between neighbouring tick positions, in pixels.</param>
    /// <param name="maxDepth">Most room the labels may take below (or above) the axis.</param>
    public static FittedLabels ForHorizontalAxis(IReadOnlyList<string> labels, float pitch, float maxDepth)
    {
        foreach (float size in FontSizes)
        {
            var measurer = new TextMeasurer(size);
            string[] wrapped = labels.Select(l => LabelWrapper.Wrap(l, pitch - Spacing, measurer)).ToArray();
            float depth = MaxOrZero(wrapped.Select(measurer.BlockHeight));
            if (wrapped.All(w => LabelWrapper.Fits(w, pitch - Spacing, measurer)) && depth <= maxDepth)
                return new FittedLabels(wrapped, size, Rotated: false, depth);
        }

        // Turned a quarter, a label's lines stack along the axis and its length goes into the depth.
        foreach (float size in FontSizes)
        {
            var measurer = new TextMeasurer(size);
            string[] wrapped = labels.Select(l => LabelWrapper.Wrap(l, maxDepth, measurer)).ToArray();
            bool fitsAlong = wrapped.All(w => measurer.BlockHeight(w) <= pitch - 2);
            if (fitsAlong && wrapped.All(w => LabelWrapper.Fits(w, maxDepth, measurer)))
                return new FittedLabels(wrapped, size, Rotated: true, MaxOrZero(wrapped.Select(measurer.BlockWidth)));
        }

        // Too many labels for the width: keep them readable and whole rather than squeezed.
        var smallest = new TextMeasurer(ChartStyle.MinimumTickFontSize);
        string[] single = labels.Select(l => LabelWrapper.Wrap(l, maxDepth, smallest)).ToArray();
        return new FittedLabels(single, smallest.Size, Rotated: true, MaxOrZero(single.Select(smallest.BlockWidth)));
    }

    /// <param name="pitch">Distance between neighbouring tick positions, in pixels.</param>
    /// <param name="maxDepth">Widest the labels may be beside the axis.</param>
    /// <param name="bold">Whether the labels are drawn bold (bold text is wider).</param>
    public static FittedLabels ForVerticalAxis(IReadOnlyList<string> labels, float pitch, float maxDepth, bool bold = false)
    {
        string[] wrapped = [];
        var measurer = new TextMeasurer(ChartStyle.TickFontSize, bold);
        foreach (float size in FontSizes)
        {
            measurer = new TextMeasurer(size, bold);
            wrapped = labels.Select(l => LabelWrapper.Wrap(l, maxDepth, measurer)).ToArray();
            if (wrapped.All(w => measurer.BlockHeight(w) <= pitch - 2))
                break;
        }
        return new FittedLabels(wrapped, measurer.Size, Rotated: false, MaxOrZero(wrapped.Select(measurer.BlockWidth)));
    }

    private static float MaxOrZero(IEnumerable<float> values) => values.DefaultIfEmpty(0).Max();
}

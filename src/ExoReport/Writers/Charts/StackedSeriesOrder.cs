using ScottPlot;

namespace ExoReport.Writers.Charts;

/// <summary>
/// The series of a stacked chart in drawing order, grouped: groups in order of first appearance, series
/// within a group in the given order, each with its colour from its group's colour family.
/// </summary>
internal sealed record StackedSeriesOrder(IReadOnlyList<string> Groups, IReadOnlyList<(StackedBarSeries Series, Color Color)> Series)
{
    public static StackedSeriesOrder For(IReadOnlyList<StackedBarSeries> series)
    {
        string[] groups = series.Select(s => s.Group).Distinct(StringComparer.Ordinal).ToArray();
        var ordered = new List<(StackedBarSeries, Color)>();
        for (int g = 0; g < groups.Length; g++)
        {
            IReadOnlyList<Color> family = ChartPalette.Families[g % ChartPalette.Families.Count];
            StackedBarSeries[] members = series.Where(s => s.Group == groups[g]).ToArray();
            for (int i = 0; i < members.Length; i++)
                ordered.Add((members[i], family[i % family.Count]));
        }
        return new StackedSeriesOrder(groups, ordered);
    }
}

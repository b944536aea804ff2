using ScottPlot;

namespace ExoReport.Writers.Charts;

/// <summary>
/// The series of a stacked chart in drawing order, grouped: groups in order of first appearance, series
/// within a group in the given order, each with its colour from its group's colour family. A group with more
/// series than its family has colours goes on with darker, then lighter, versions of them, so no two series of a
/// chart share a colour (the review has five local routes against four warm colours).
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
                ordered.Add((members[i], Variant(family[i % family.Count], i / family.Count)));
        }
        return new StackedSeriesOrder(groups, ordered);
    }

    /// <summary>Round 0 is the colour itself; then darker (1), lighter (2), darker still (3), lighter still (4), ...</summary>
    private static Color Variant(Color colour, int round)
    {
        if (round == 0)
            return colour;
        // Strong enough steps to tell apart at a glance: 35 % darker, 45 % lighter, then further, capped at 75 %.
        double step = Math.Min(0.25 + 0.1 * round, 0.75);
        return round % 2 == 1 ? colour.Darken(step) : colour.Lighten(step);
    }
}

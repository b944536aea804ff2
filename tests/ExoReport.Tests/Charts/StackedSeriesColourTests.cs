using ExoReport.Tests.Support;
using ExoReport.Writers.Charts;

namespace ExoReport.Tests.Charts;

/// <summary>Every series of a stacked chart has its own colour, even when its group outnumbers its colour family.</summary>
public sealed class StackedSeriesColourTests
{
    [Fact]
    public void The_review_routes_chart_gives_each_route_its_own_colour()
    {
        var report = ExoReport.Synthesis.ReportSynthesizer.Synthesize(ReviewBuild.Evidence).Report!;
        var data = report.Figures.Select(f => f.Chart.Data).OfType<StackedBarChartData>().Single();

        var colours = StackedSeriesOrder.For(data.Series).Series.Select(s => s.Color.ToHex()).ToList();

        Assert.True(data.Series.Count(s => s.Group == "Local") > ChartPalette.Families[1].Count, "the case this guards: more local routes than warm colours");
        Assert.Equal(data.Series.Count, colours.Count);
        Assert.Equal(colours.Count, colours.Distinct().Count());
    }

    [Theory]
    [InlineData(5)]
    [InlineData(12)]
    public void A_group_larger_than_its_family_goes_on_with_distinct_variants(int count)
    {
        var series = Enumerable.Range(1, count).Select(i => new StackedBarSeries($"Local route {i}", "Local", [1])).ToList();
        series.Insert(0, new StackedBarSeries("Tail intravenous injection", "Systemic", [1]));

        var ordered = StackedSeriesOrder.For(series).Series;
        var local = ordered.Where(s => s.Series.Group == "Local").Select(s => s.Color.ToHex()).ToList();

        Assert.Equal(count, local.Count);
        Assert.Equal(count, local.Distinct().Count());
        Assert.Equal(ChartPalette.Families[1][0].ToHex(), local[0]);
        Assert.DoesNotContain(ordered.Single(s => s.Series.Group == "Systemic").Color.ToHex(), local);
    }
}

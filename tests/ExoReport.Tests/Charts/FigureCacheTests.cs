using ExoReport.Writers.Charts;

namespace ExoReport.Tests.Charts;

/// <summary>Charts kept from one build to the next, matched by content: what <c>watch</c> rebuilds with.</summary>
public class FigureCacheTests
{
    private static ChartDefinition Chart(string id) => ChartSamples.All().Single(c => c.Id == id);

    [Fact]
    public void A_rebuild_reuses_a_chart_whose_content_is_unchanged()
    {
        using var cache = new FigureCache();
        RenderedChart first;
        byte[] png;
        using (ChartRenders build = cache.StartBuild())
        {
            first = build.For(Chart("evidence-map"));
            png = first.Png;
            _ = first.Svg;
            _ = first.Pdf;
        }
        int renders = first.RenderCount;

        // A new build makes new definitions and new data lists with the same content.
        using (ChartRenders build = cache.StartBuild())
        {
            RenderedChart again = build.For(Chart("evidence-map"));
            Assert.Same(first, again);
            Assert.Same(png, again.Png);
            _ = again.Svg;
            _ = again.Pdf;
        }

        Assert.Equal(renders, first.RenderCount);
        Assert.Equal(1, cache.Hits);
        Assert.Equal(1, cache.Misses);
    }

    [Fact]
    public void A_chart_whose_data_caption_or_size_changed_is_rendered_anew()
    {
        using var cache = new FigureCache();
        ChartDefinition years = Chart("studies-per-year");
        string svg;
        using (ChartRenders build = cache.StartBuild())
            svg = build.For(years).Svg;

        var bars = ((BarChartData)years.Data).Bars.ToArray();
        bars[3] = bars[3] with { Value = bars[3].Value + 1 };
        ChartDefinition[] changed =
        [
            years with { Data = (BarChartData)years.Data with { Bars = bars } },
            years with { Caption = "Another caption." },
            years with { Width = years.Width + 10 },
        ];
        foreach (ChartDefinition chart in changed)
        {
            using ChartRenders build = cache.StartBuild();
            build.For(chart);
        }

        Assert.Equal(0, cache.Hits);
        Assert.Equal(4, cache.Misses);
        using (ChartRenders build = cache.StartBuild())
            Assert.NotEqual(svg, build.For(changed[0]).Svg);
    }

    [Fact]
    public void Only_the_last_builds_charts_are_kept()
    {
        using var cache = new FigureCache();
        RenderedChart map;
        using (ChartRenders build = cache.StartBuild())
        {
            map = build.For(Chart("evidence-map"));
            _ = map.Svg;
            build.For(Chart("studies-per-year"));
        }
        using (ChartRenders build = cache.StartBuild())
            build.For(Chart("studies-per-year"));
        using (ChartRenders build = cache.StartBuild())
            Assert.NotSame(map, build.For(Chart("evidence-map")));

        // The evidence map left out of the second build was released then.
        Assert.Throws<ObjectDisposedException>(() => map.Png);
        Assert.Equal(1, cache.Hits);
        Assert.Equal(3, cache.Misses);
    }

    [Fact]
    public void Within_a_build_each_definition_is_one_chart_for_every_writer()
    {
        using var cache = new FigureCache();
        ChartDefinition chart = Chart("delivery-routes");
        using ChartRenders build = cache.StartBuild();

        Assert.Same(build.For(chart), build.For(chart));
        Assert.Same(build.For(chart), build.For(Chart("delivery-routes")));
        Assert.Equal(0, cache.Hits);
        Assert.Equal(1, cache.Misses);
    }

    [Fact]
    public void It_serves_one_build_at_a_time()
    {
        using var cache = new FigureCache();
        using ChartRenders build = cache.StartBuild();

        Assert.Throws<InvalidOperationException>(() => cache.StartBuild());
    }

    [Fact]
    public void Charts_of_a_build_without_a_cache_are_released_with_it()
    {
        RenderedChart chart;
        using (var build = new ChartRenders())
        {
            chart = build.For(Chart("studies-per-category"));
            _ = chart.Svg;
        }

        Assert.Throws<ObjectDisposedException>(() => chart.Png);
    }
}

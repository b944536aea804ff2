using ExoReport.Writers.Charts;

namespace ExoReport.Tests.Charts;

public class ChartSvgTests
{
    public static TheoryData<string> ChartIds => new(ChartSamples.All().Select(c => c.Id));

    private static ChartDefinition Chart(string id) => ChartSamples.All().Single(c => c.Id == id);

    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Svg_parses_as_xml_with_the_figure_size(string id)
    {
        ChartDefinition chart = Chart(id);
        var svg = new SvgFigure(ChartRenderer.RenderSvg(chart));

        Assert.Equal("svg", svg.Document.Root!.Name.LocalName);
        Assert.Equal("900", (string?)svg.Document.Root.Attribute("width"));
        Assert.Equal("600", (string?)svg.Document.Root.Attribute("height"));
    }

    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Every_text_is_set_in_the_embedded_DejaVu_Sans(string id)
    {
        var svg = new SvgFigure(ChartRenderer.RenderSvg(Chart(id)));

        Assert.NotEmpty(svg.TextElements);
        // This machine's ScottPlot default is another family, so this fails if any label escaped our font.
        Assert.All(svg.TextElements, t => Assert.Equal("DejaVu Sans", (string?)t.Attribute("font-family")));
    }

    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Svg_carries_the_title(string id)
    {
        ChartDefinition chart = Chart(id);
        var svg = new SvgFigure(ChartRenderer.RenderSvg(chart));

        Assert.True(svg.HasLabel(chart.Data.Title), $"title '{chart.Data.Title}' not found in {id}.svg");
    }

    [Fact]
    public void Evidence_map_svg_carries_every_source_category_and_mechanism_label()
    {
        EvidenceMapData data = ChartSamples.EvidenceMap();
        var svg = new SvgFigure(ChartRenderer.RenderSvg(new ChartDefinition("evidence-map", "c", data)));

        IEnumerable<string> expected = data.Rows.Select(r => r.Label)
            .Concat(data.Rows.Select(r => r.Group).Distinct())
            .Concat(data.Columns);
        Assert.All(expected, label => Assert.True(svg.HasLabel(label), $"label '{label}' missing"));
    }

    [Theory]
    [InlineData("studies-per-category")]
    [InlineData("studies-per-year")]
    [InlineData("limitation-themes")]
    public void Bar_chart_svg_carries_every_bar_label_value_and_axis_title(string id)
    {
        ChartDefinition chart = Chart(id);
        var data = (BarChartData)chart.Data;
        var svg = new SvgFigure(ChartRenderer.RenderSvg(chart));

        Assert.All(data.Bars, bar => Assert.True(svg.HasLabel(bar.Label), $"bar label '{bar.Label}' missing"));
        var texts = svg.Labels.Select(l => l.Text).ToList();
        Assert.All(data.Bars, bar => Assert.Contains(bar.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), texts));
        foreach (string? axisTitle in new[] { data.CategoryAxisLabel, data.ValueAxisLabel }.Where(t => t is not null))
            Assert.True(svg.HasLabel(axisTitle!), $"axis title '{axisTitle}' missing");
    }

    [Fact]
    public void Stacked_chart_svg_carries_every_category_series_group_and_total()
    {
        StackedBarChartData data = ChartSamples.DeliveryRoutes();
        var svg = new SvgFigure(ChartRenderer.RenderSvg(new ChartDefinition("delivery-routes", "c", data)));

        Assert.All(data.Categories, c => Assert.True(svg.HasLabel(c), $"category '{c}' missing"));
        Assert.All(data.Series, s => Assert.True(svg.HasLabel(s.Label), $"series '{s.Label}' missing"));
        Assert.True(svg.HasLabel("Systemic"));
        Assert.True(svg.HasLabel("Local"));
        var texts = svg.Labels.Select(l => l.Text).ToList();
        for (int c = 0; c < data.Categories.Count; c++)
            Assert.Contains(data.Series.Sum(s => s.Values[c]).ToString(System.Globalization.CultureInfo.InvariantCulture), texts);
    }

    [Fact]
    public void Markup_characters_in_labels_are_escaped_not_lost()
    {
        var data = new BarChartData("Q&A <draft>", [new("Isolation & \"purity\" <unclear>", 2), new("Other", 1)]);
        var svg = new SvgFigure(ChartRenderer.RenderSvg(new ChartDefinition("escaping", "c", data)));

        Assert.True(svg.HasLabel("Q&A <draft>"));
        Assert.True(svg.HasLabel("Isolation & \"purity\" <unclear>"));
    }

    [Fact]
    public void Chart_without_data_still_renders_its_title_and_a_message()
    {
        var svg = new SvgFigure(ChartRenderer.RenderSvg(new ChartDefinition("empty", "c", new BarChartData("Studies per year", []))));

        Assert.True(svg.HasLabel("Studies per year"));
        Assert.True(svg.HasLabel("No data to show."));
    }
}

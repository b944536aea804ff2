using ExoReport.Writers.Charts;

namespace ExoReport.Tests.Charts;

public class ChartDefinitionTests
{
    [Theory]
    [InlineData("Evidence map")]
    [InlineData("../figures")]
    [InlineData("")]
    [InlineData("evidence-")]
    public void Id_that_is_not_a_plain_file_stem_is_refused(string id)
    {
        var chart = new ChartDefinition(id, "c", ChartSamples.StudiesPerYear());

        Assert.Throws<ArgumentException>(chart.Validate);
    }

    [Fact]
    public void Default_size_is_900_by_600()
    {
        var chart = new ChartDefinition("studies-per-year", "c", ChartSamples.StudiesPerYear());

        Assert.Equal((900, 600), (chart.Width, chart.Height));
    }

    [Fact]
    public void Evidence_map_with_many_rows_gets_a_taller_figure()
    {
        EvidenceMapRow[] rows = Enumerable.Range(0, 20).Select(i => new EvidenceMapRow($"Source {i}", "g")).ToArray();
        var data = new EvidenceMapData("t", rows, ["m"], rows.Select(_ => (IReadOnlyList<int>)[1]).ToArray());

        ChartDefinition chart = ChartDefinition.ForEvidenceMap("evidence-map", "c", data);

        Assert.Equal(1040, chart.Height);
        Assert.Equal(600, ChartDefinition.ForEvidenceMap("evidence-map", "c", ChartSamples.EvidenceMap()).Height);
    }
}

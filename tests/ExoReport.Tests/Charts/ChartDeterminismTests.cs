using ExoReport.Writers.Charts;

namespace ExoReport.Tests.Charts;

public class ChartDeterminismTests
{
    public static TheoryData<string> ChartIds => new(ChartSamples.All().Select(c => c.Id));

    private static ChartDefinition Chart(string id) => ChartSamples.All().Single(c => c.Id == id);

    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Svg_is_byte_identical_over_two_renders(string id)
    {
        // Skia numbers clip paths from a process-wide counter; the renderer renumbers them.
        string first = ChartRenderer.RenderSvg(Chart(id));
        string second = ChartRenderer.RenderSvg(Chart(id));

        Assert.Equal(first, second);
        Assert.Contains("id=\"cl_0\"", first);
    }

    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Pdf_is_byte_identical_over_two_renders(string id)
    {
        byte[] first = ChartRenderer.RenderPdf(Chart(id));
        byte[] second = ChartRenderer.RenderPdf(Chart(id));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Rendering_on_several_threads_at_once_gives_the_same_bytes_as_one_after_another()
    {
        IReadOnlyList<ChartDefinition> charts = ChartSamples.All();
        string[] sequential = charts.Select(ChartRenderer.RenderSvg).ToArray();

        string[] parallel = new string[charts.Count];
        Parallel.For(0, charts.Count, i => parallel[i] = ChartRenderer.RenderSvg(charts[i]));

        Assert.Equal(sequential, parallel);
    }
}

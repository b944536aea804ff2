using ExoReport.Layout;
using ExoReport.Writers.Charts;
using ScottPlot;
using SkiaSharp;

namespace ExoReport.Tests.Charts;

/// <summary>One plot per chart, settled once, each output rendered from it once: the bytes of a plot built per output.</summary>
public class RenderedChartTests
{
    public static TheoryData<string> ChartIds => new(ChartSamples.All().Select(c => c.Id));

    private static ChartDefinition Chart(string id) => ChartSamples.All().Single(c => c.Id == id);

    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Svg_and_png_are_what_scottplot_writes_for_a_new_plot(string id)
    {
        ChartDefinition chart = Chart(id);
        using var rendered = new RenderedChart(chart);

        using Plot forSvg = ChartRenderer.BuildPlot(chart);
        Assert.Equal(SvgIdNormalizer.Normalize(forSvg.GetSvgXml(chart.Width, chart.Height)), rendered.Svg);
        using Plot forPng = ChartRenderer.BuildPlot(chart);
        Assert.Equal(forPng.GetImageBytes(chart.Width, chart.Height, ImageFormat.Png), rendered.Png);
    }

    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Outputs_do_not_depend_on_what_was_rendered_before(string id)
    {
        using var pdfFirst = new RenderedChart(Chart(id));
        byte[] pdf = pdfFirst.Pdf;

        // The same chart after a page draw with a document's subset faces, which are then disposed.
        using var afterDraw = new RenderedChart(Chart(id));
        DrawWithSubsets(afterDraw);
        Assert.Equal(pdf, afterDraw.Pdf);
        Assert.Equal(pdfFirst.Svg, afterDraw.Svg);
        Assert.Equal(pdfFirst.Png, afterDraw.Png);
    }

    [Fact]
    public void Each_output_is_rendered_once_and_each_draw_is_one_render()
    {
        using var rendered = new RenderedChart(Chart("evidence-map"));
        Assert.Equal(0, rendered.RenderCount);

        for (int i = 0; i < 2; i++)
        {
            _ = rendered.Svg;
            _ = rendered.Text;
            _ = rendered.Png;
            _ = rendered.Pdf;
        }
        // ScottPlot renders a new plot twice to lay it out, then the PNG, the SVG and the figure PDF once each.
        Assert.Equal(5, rendered.RenderCount);

        DrawWithSubsets(rendered);
        DrawWithSubsets(rendered);
        Assert.Equal(7, rendered.RenderCount);
    }

    [Fact]
    public void The_render_count_is_kept_after_disposal()
    {
        var rendered = new RenderedChart(Chart("studies-per-year"));
        _ = rendered.Svg;
        rendered.Dispose();

        Assert.Equal(3, rendered.RenderCount);
        Assert.Throws<ObjectDisposedException>(() => rendered.Png);
    }

    [Fact]
    public void Several_threads_at_once_get_the_bytes_of_one_thread_and_share_the_renders()
    {
        using var alone = new RenderedChart(Chart("delivery-routes"));
        (string svg, byte[] png, byte[] pdf) = (alone.Svg, alone.Png, alone.Pdf);

        using var shared = new RenderedChart(Chart("delivery-routes"));
        var results = new (string Svg, byte[] Png, byte[] Pdf)[8];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            // Half the threads draw a page first and ask for the outputs in another order.
            if (i % 2 == 0)
            {
                DrawWithSubsets(shared);
                byte[] pdfFirst = shared.Pdf;
                results[i] = (shared.Svg, shared.Png, pdfFirst);
            }
            else
            {
                results[i] = (shared.Svg, shared.Png, shared.Pdf);
            }
        });

        Assert.All(results, r =>
        {
            Assert.Equal(svg, r.Svg);
            Assert.Equal(png, r.Png);
            Assert.Equal(pdf, r.Pdf);
        });
        Assert.Equal(5 + results.Length / 2, shared.RenderCount);
    }

    [Fact]
    public void A_chart_that_cannot_be_drawn_fails_when_an_output_is_asked_for()
    {
        var data = new EvidenceMapData("Broken", [new EvidenceMapRow("A", "G")], ["x", "y"], [[1]]);
        using var rendered = new RenderedChart(new ChartDefinition("broken", "c", data));

        Assert.Throws<ArgumentException>(() => rendered.Svg);
        Assert.Throws<ArgumentException>(() => rendered.Pdf);
    }

    /// <summary>Draws as a PDF page does: onto a PDF canvas, with subsets of the chart faces made for this page and disposed after it.</summary>
    private static void DrawWithSubsets(RenderedChart rendered)
    {
        int[] characters = rendered.Text.EnumerateRunes().Select(r => r.Value).ToArray();
        using var stream = new MemoryStream();
        using (SKDocument document = SKDocument.CreatePdf(stream))
        using (SKTypeface regular = FontSubsetter.Subset(ChartTypefaces.Regular, characters)!)
        using (SKTypeface bold = FontSubsetter.Subset(ChartTypefaces.Bold, characters)!)
        {
            SKCanvas page = document.BeginPage(595, 842);
            rendered.Draw(page, new SKSize(500, 400), new ChartFonts(regular, bold));
            document.EndPage();
            document.Close();
        }
    }
}

using ExoReport.Writers.Charts;
using SkiaSharp;

namespace ExoReport.Tests.Charts;

public class ChartDrawTests
{
    [Fact]
    public void Draw_scales_the_chart_into_the_given_area_and_leaves_the_rest_of_the_canvas_alone()
    {
        ChartDefinition chart = ChartSamples.All().Single(c => c.Id == "studies-per-year");
        using var bitmap = new SKBitmap(1000, 800);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Red);
            canvas.Translate(100, 100);
            // Half the chart's width and a taller area: it is scaled by 0.5 and centred vertically.
            ChartRenderer.Draw(chart, canvas, new SKSize(450, 500));
            canvas.Flush();
        }

        // Outside the area, and above/below the centred chart inside it, the page keeps what it had.
        Assert.Equal(SKColors.Red, bitmap.GetPixel(50, 50));
        Assert.Equal(SKColors.Red, bitmap.GetPixel(700, 300));
        Assert.Equal(SKColors.Red, bitmap.GetPixel(300, 150));
        Assert.Equal(SKColors.Red, bitmap.GetPixel(300, 590));
        // The chart itself (white figure background) fills 450 x 300 from (100, 200).
        Assert.Equal(SKColors.White, bitmap.GetPixel(103, 203));
        Assert.Equal(SKColors.White, bitmap.GetPixel(546, 496));
    }
}

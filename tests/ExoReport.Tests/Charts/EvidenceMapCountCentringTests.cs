using ExoReport.Writers.Charts;
using SkiaSharp;

namespace ExoReport.Tests.Charts;

/// <summary>Each count sits in the middle of its circle: the digits' own centre, not their line box's, on the circle's centre.</summary>
public sealed class EvidenceMapCountCentringTests
{
    private const string MarkFill = "#0072B2";

    [Fact]
    public void Digits_are_centred_vertically_and_horizontally_in_their_circles()
    {
        var svg = new SvgFigure(ChartRenderer.RenderSvg(new ChartDefinition("evidence-map", "c", ChartSamples.EvidenceMap())));
        using var font = new SKFont(ChartTypefaces.Bold, EvidenceMapPlotBuilder.CountFontSize);
        float digitHeight = font.Metrics.CapHeight;

        var circles = svg.Circles(MarkFill);
        Assert.NotEmpty(circles);
        foreach (var circle in circles)
        {
            double cx = SvgFigure.Number((string)circle.Attribute("cx")!);
            double cy = SvgFigure.Number((string)circle.Attribute("cy")!);
            var (text, x, baseline) = CountIn(svg, cx, cy);
            double width = font.MeasureText(text);
            Assert.InRange(x + width / 2 - cx, -0.5, 0.5);
            Assert.InRange(baseline - digitHeight / 2 - cy, -0.5, 0.5);
        }
    }

    /// <summary>The count drawn at a circle: its text, left edge and baseline in the figure's coordinates.</summary>
    private static (string Text, double X, double Baseline) CountIn(SvgFigure svg, double cx, double cy)
    {
        foreach (var element in svg.TextElements)
        {
            if (SvgFigure.TranslateOf((string?)element.Attribute("transform") ?? "") is not { } anchor)
                continue;
            var (tx, ty) = anchor;
            if (Math.Abs(tx - cx) > 1 || Math.Abs(ty - cy) > 6)
                continue;
            double dx = SvgFigure.Number(((string)element.Attribute("x")!).Split(',')[0].Trim());
            double dy = SvgFigure.Number(((string)element.Attribute("y")!).Split(',')[0].Trim());
            return (element.Value.Trim(), tx + dx, ty + dy);
        }
        throw new Xunit.Sdk.XunitException($"no count drawn at ({cx}, {cy})");
    }
}

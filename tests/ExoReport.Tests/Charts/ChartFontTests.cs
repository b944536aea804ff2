using ExoReport.Writers.Charts;

namespace ExoReport.Tests.Charts;

public class ChartFontTests
{
    [Fact]
    public void Typefaces_come_from_the_embedded_DejaVu_Sans()
    {
        Assert.Equal("DejaVu Sans", ChartTypefaces.Regular.FamilyName);
        Assert.Equal("DejaVu Sans", ChartTypefaces.Bold.FamilyName);
        Assert.True(ChartTypefaces.Bold.IsBold);
        Assert.False(ChartTypefaces.Regular.IsBold);
    }

    [Fact]
    public void Registration_with_ScottPlot_happens_once_however_often_it_is_asked_for()
    {
        Parallel.For(0, 8, _ => ChartFontRegistration.EnsureRegistered());

        Assert.Single(ScottPlot.Fonts.FontResolvers.OfType<EmbeddedFontResolver>());
        Assert.Same(ChartTypefaces.Bold, ScottPlot.Fonts.GetTypeface(ChartTypefaces.FontName, bold: true, italic: false));
    }
}

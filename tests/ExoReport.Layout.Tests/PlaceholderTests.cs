namespace ExoReport.Layout.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Fonts_ship_with_the_tests() => Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "fonts", "DejaVuSerif.ttf")));
}

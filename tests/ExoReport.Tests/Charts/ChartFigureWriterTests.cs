using ExoReport.Writers.Charts;

namespace ExoReport.Tests.Charts;

public sealed class ChartFigureWriterTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "exoreport-figures-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void Each_chart_is_written_as_svg_png_and_pdf_and_no_temporary_file_remains()
    {
        IReadOnlyList<string> written = ChartFigureWriter.WriteAll(ChartSamples.All(), directory);

        string[] expected = ChartSamples.All()
            .SelectMany(c => new[] { c.Id + ".svg", c.Id + ".png", c.Id + ".pdf" })
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, written.Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(expected, Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        Assert.StartsWith("<?xml", File.ReadAllText(Path.Combine(directory, "evidence-map.svg")));
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(directory, "evidence-map.pdf")), 0, 4));
    }

    [Fact]
    public void Two_charts_with_one_id_are_refused()
    {
        ChartDefinition chart = ChartSamples.All()[0];

        Assert.Throws<ArgumentException>(() => ChartFigureWriter.WriteAll([chart, chart], directory));
    }
}

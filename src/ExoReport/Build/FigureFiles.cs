using System.Text;
using ExoReport.Synthesis.Model;
using ExoReport.Writers.Charts;

namespace ExoReport.Build;

/// <summary>Each figure as figures/ID.svg and .png (for Markdown and HTML) and a one-page vector figures/ID.pdf (for LaTeX).</summary>
public static class FigureFiles
{
    /// <summary>The figures' files, each chart built and rendered just for these files.</summary>
    public static IEnumerable<OutputFile> Render(IReadOnlyList<FigureEntry> figures)
    {
        using var charts = new ChartRenders();
        foreach (var file in Render(figures, charts))
            yield return file;
    }

    /// <summary>The figures' files from a build's charts, which the build's PDF draws too.</summary>
    public static IEnumerable<OutputFile> Render(IReadOnlyList<FigureEntry> figures, ChartRenders charts)
    {
        foreach (var figure in figures)
        {
            var chart = charts.For(figure.Chart);
            yield return new OutputFile($"figures/{figure.Id}.svg", Encoding.UTF8.GetBytes(chart.Svg));
            yield return new OutputFile($"figures/{figure.Id}.png", chart.Png);
            yield return new OutputFile($"figures/{figure.Id}.pdf", chart.Pdf);
        }
    }
}

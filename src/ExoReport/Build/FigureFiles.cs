using System.Text;
using ExoReport.Synthesis.Model;
using ExoReport.Writers.Charts;

namespace ExoReport.Build;

/// <summary>Each figure as figures/ID.svg and .png (for Markdown and HTML) and a one-page vector figures/ID.pdf (for LaTeX).</summary>
public static class FigureFiles
{
    public static IEnumerable<OutputFile> Render(IReadOnlyList<FigureEntry> figures)
    {
        foreach (var figure in figures)
        {
            var svg = ChartRenderer.RenderSvg(figure.Chart);
            yield return new OutputFile($"figures/{figure.Id}.svg", Encoding.UTF8.GetBytes(svg));
            yield return new OutputFile($"figures/{figure.Id}.png", ChartRenderer.RenderPng(figure.Chart));
            yield return new OutputFile($"figures/{figure.Id}.pdf", ChartRenderer.RenderPdf(figure.Chart, svg));
        }
    }
}

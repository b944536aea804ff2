using System.Text;

namespace ExoReport.Writers.Charts;

/// <summary>
/// Writes each chart as &lt;id&gt;.svg, &lt;id&gt;.png and &lt;id&gt;.pdf into a folder (out/figures/).
/// Each file is written to a temporary name beside its target and then moved into place, so a failed
/// build never leaves a half-written figure behind.
/// </summary>
public static class ChartFigureWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes every chart and returns the paths written, in order (svg, png, pdf per chart).</summary>
    public static IReadOnlyList<string> WriteAll(IEnumerable<ChartDefinition> charts, string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (ChartDefinition chart in charts)
        {
            chart.Validate();
            if (!seen.Add(chart.Id))
                throw new ArgumentException($"Two charts share the id '{chart.Id}'; each needs its own file name.");
            // One plot for the three files.
            using var rendered = new RenderedChart(chart);
            written.Add(WriteAtomically(directory, chart.Id + ".svg", Utf8NoBom.GetBytes(rendered.Svg)));
            written.Add(WriteAtomically(directory, chart.Id + ".png", rendered.Png));
            written.Add(WriteAtomically(directory, chart.Id + ".pdf", rendered.Pdf));
        }
        return written;
    }

    private static string WriteAtomically(string directory, string fileName, byte[] content)
    {
        string target = Path.Combine(directory, fileName);
        string temporary = Path.Combine(directory, "." + fileName + ".tmp");
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, target, overwrite: true);
        return target;
    }
}

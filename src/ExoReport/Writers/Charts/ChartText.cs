using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ExoReport.Layout;

namespace ExoReport.Writers.Charts;

/// <summary>
/// The characters a chart draws, read from its SVG: Skia's SVG canvas writes each text run as the characters of
/// the glyphs ScottPlot drew, including labels ScottPlot makes itself (tick numbers). A PDF needs them before it
/// draws the chart, to embed just those glyphs.
/// </summary>
public static partial class ChartText
{
    /// <summary>Every distinct character of every &lt;text&gt; element, in code point order.</summary>
    public static string FromSvg(string svg)
    {
        var characters = new SortedSet<int> { ' ' };
        foreach (Match match in TextElement().Matches(svg))
        {
            foreach (Rune rune in WebUtility.HtmlDecode(match.Groups[1].Value).EnumerateRunes())
                characters.Add(rune.Value);
        }
        var text = new StringBuilder();
        foreach (int character in characters)
            text.Append(char.ConvertFromUtf32(character));
        return text.ToString();
    }

    /// <summary>The chart's text as the layout engine's canvas declarations: both faces, since labels of either weight may hold any of it.</summary>
    public static IReadOnlyList<CanvasText> Declarations(string text) =>
        [new CanvasText(ChartTypefaces.Regular, text), new CanvasText(ChartTypefaces.Bold, text)];

    [GeneratedRegex("<text[^>]*>([^<]*)</text>", RegexOptions.CultureInvariant)]
    private static partial Regex TextElement();
}

using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ExoReport.Tests.Charts;

/// <summary>Reads back what an SVG figure draws: its text (as labels) and its circles.</summary>
internal sealed partial class SvgFigure
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public XDocument Document { get; }

    public SvgFigure(string svg) => Document = XDocument.Parse(svg);

    public IReadOnlyList<XElement> TextElements => Document.Descendants(Svg + "text").ToList();

    /// <summary>
    /// Labels as drawn: the lines of one multi-line label share one transform (their anchor), so lines are
    /// grouped by transform and joined; a line that ends in a hyphen or slash joins the next without a space.
    /// </summary>
    public IReadOnlyList<(string Text, string Transform)> Labels =>
        TextElements
            .GroupBy(t => (string?)t.Attribute("transform") ?? "")
            .Select(g => (JoinLines(g.Select(t => t.Value.Trim())), g.Key))
            .ToList();

    public IReadOnlyList<XElement> Circles(string fill) =>
        Document.Descendants(Svg + "ellipse").Where(e => (string?)e.Attribute("fill") == fill).ToList();

    public bool HasLabel(string label) => Labels.Any(l => l.Text == Normalise(label));

    /// <summary>Anchor of a label, from "translate(x y)".</summary>
    public (double X, double Y) AnchorOf(string label)
    {
        string transform = Labels.Single(l => l.Text == Normalise(label)).Transform;
        return TranslateOf(transform) ?? throw new InvalidOperationException($"Label '{label}' has no translate(): '{transform}'.");
    }

    /// <summary>The offset of a "translate(x y)" transform, or null for any other.</summary>
    public static (double X, double Y)? TranslateOf(string transform)
    {
        Match match = Translate().Match(transform);
        return match.Success ? (Number(match.Groups[1].Value), Number(match.Groups[2].Value)) : null;
    }

    public static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    public static string Normalise(string label) => string.Join(' ', label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string JoinLines(IEnumerable<string> lines)
    {
        string joined = "";
        foreach (string line in lines)
            joined = joined.Length == 0 || joined.EndsWith('-') || joined.EndsWith('/') ? joined + line : joined + " " + line;
        return joined;
    }

    [GeneratedRegex(@"translate\(([-0-9.e]+)[ ,]+([-0-9.e]+)\)")]
    private static partial Regex Translate();
}

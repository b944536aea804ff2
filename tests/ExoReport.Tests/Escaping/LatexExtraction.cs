using System.Text;
using System.Text.RegularExpressions;

namespace ExoReport.Tests.Escaping;

/// <summary>
/// What the text of a PDF made from escaped LaTeX reads as, and how to compare it with the input. The only
/// differences allowed are those in the nature of print, each listed in <see cref="ByNature"/>.
/// </summary>
public static partial class LatexExtraction
{
    /// <summary>
    /// Characters that print correctly but read back as another character: superscripts and subscripts are
    /// small digits on a raised or lowered baseline; Greek capitals that look Latin are set as Latin letters;
    /// math fonts name their glyphs micro sign (μ), increment (Δ) and kappa (ϰ); no-break and other spaces read as
    /// spaces; an ellipsis is three full stops; math names its capital omega "Omega", which reads as the ohm sign;
    /// T1 has one glyph for the capitals Đ (D with stroke) and Ð (eth), which look the same; "≠" is a slash laid over
    /// "=" and reads as U+0338 + "=" (<see cref="Actual"/> joins them); a double prime is two primes.
    /// </summary>
    public static readonly IReadOnlyDictionary<char, string> ByNature = Build();

    /// <summary>The input as the PDF should read.</summary>
    public static string Expected(string input)
    {
        var text = new StringBuilder(input.Length);
        foreach (var c in input)
        {
            text.Append(ByNature.TryGetValue(c, out var read) ? read : c.ToString());
        }

        return NormaliseSpaces(text.ToString());
    }

    /// <summary>Extracted PDF text, with typographic ligatures spelt out and whitespace runs as one space.</summary>
    public static string Actual(string extracted) =>
        NormaliseSpaces(extracted
            .Replace("\u0338=", "≠")
            .Replace("ﬀ", "ff").Replace("ﬁ", "fi").Replace("ﬂ", "fl").Replace("ﬃ", "ffi").Replace("ﬄ", "ffl"));

    /// <summary>The texts between the markers of <see cref="LatexTestDocument.MarkedLines"/>, in order.</summary>
    public static IReadOnlyList<string> MarkedTexts(string extracted) =>
        MarkedPattern().Matches(extracted).Select(match => Actual(match.Groups[1].Value)).ToList();

    private static string NormaliseSpaces(string text) => Whitespace().Replace(text, " ").Trim();

    private static Dictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>();
        void Add(string from, string to)
        {
            for (var i = 0; i < from.Length; i++)
            {
                map[from[i]] = to.Length == from.Length ? to[i].ToString() : to;
            }
        }

        Add("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁱⁿ", "0123456789+−=()in");
        Add("₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜ", "0123456789+−=()aeoxhklmnpst");
        Add("ΑΒΕΖΗΙΚΜΝΟΡΤΧο", "ABEZHIKMNOPTXo");
        Add("μΔϰΩĐ", "µ∆κ\u2126Ð");
        Add("⋅∙", "··");
        Add("‒―‐‑", "–—--");
        map['ﬀ'] = "ff";
        map['ﬁ'] = "fi";
        map['ﬂ'] = "fl";
        map['ﬃ'] = "ffi";
        map['ﬄ'] = "ffl";
        map['…'] = "...";
        map['″'] = "′′";
        map['\u00A0'] = " ";
        map['\u2007'] = " ";
        map['\u202F'] = " ";
        return map;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("♣(.*?)♠", RegexOptions.Singleline)]
    private static partial Regex MarkedPattern();
}

using CsCheck;
using ExoReport.Writers.Latex;

namespace ExoReport.Tests.Escaping;

/// <summary>
/// Structural guarantees of <see cref="LatexText.Escape"/> for arbitrary Unicode, checked without TeX: the output is
/// printable ASCII, every TeX special is behind a backslash, braces balance, and no command but the escaper's own
/// vocabulary appears. Together these mean the output cannot define, read, write or change anything.
/// </summary>
public sealed class LatexEscapeProperties
{
    /// <summary>Every command the escaper may write, and nothing that reads files, writes or redefines.</summary>
    private static readonly HashSet<string> Vocabulary = new(StringComparer.Ordinal)
    {
        "textbackslash", "textasciicircum", "textasciitilde", "textless", "textgreater", "textbar", "textquotedbl",
        "textquotesingle", "textasciigrave", "kern", "ensuremath", "textsuperscript", "textsubscript", "textminus",
        "textendash", "textemdash", "textquotedblleft", "textquotedblright", "textquoteleft", "textquoteright",
        "quotedblbase", "quotesinglbase", "guillemotleft", "guillemotright", "guilsinglleft", "guilsinglright",
        "textexclamdown", "textquestiondown", "ldots", "textbullet", "dag", "ddag", "S", "P", "textbardbl",
        "textfractionsolidus", "textdegree", "textcelsius", "textperthousand", "textpertenthousand", "texteuro",
        "textsterling", "textyen", "textcent", "textcurrency", "textcopyright", "textregistered", "texttrademark",
        "textlnot", "textbrokenbar", "textonequarter", "textonehalf", "textthreequarters", "textordfeminine",
        "textordmasculine", "textnumero", "textasciidieresis", "textasciiacute", "textasciimacron", "mbox", "newline",
        "ss", "ae", "AE", "oe", "OE", "o", "O", "l", "L", "aa", "AA", "dj", "DJ", "dh", "DH", "th", "TH", "ng", "NG",
        "i", "j", "ij", "IJ", "textcommabelow", "c", "d", "k", "b", "u", "v", "H", "r",
        // math, inside \ensuremath
        "alpha", "beta", "gamma", "delta", "varepsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
        "nu", "xi", "pi", "rho", "varsigma", "sigma", "tau", "upsilon", "varphi", "chi", "psi", "omega", "Gamma",
        "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega", "epsilon", "vartheta",
        "phi", "varpi", "varrho", "varkappa", "digamma", "pm", "mp", "times", "div", "cdot", "leq", "geq",
        "leqslant", "geqslant", "neq", "approx", "simeq", "cong", "equiv", "sim", "ll", "gg", "lesssim", "gtrsim",
        "propto", "infty", "surd", "sum", "prod", "int", "partial", "nabla", "in", "notin", "cap", "cup", "subset",
        "subseteq", "forall", "exists", "emptyset", "circ", "ast", "ell", "hbar", "rightarrow",
        "leftarrow", "leftrightarrow", "uparrow", "downarrow", "Rightarrow", "Leftarrow", "Leftrightarrow",
        "langle", "rangle",
    };

    /// <summary>Control symbols (backslash + one non-letter) the escaper may write.</summary>
    private const string ControlSymbols = "{}$&#_%'`^\"~=.-";

    [Fact]
    public void Output_is_inert_ascii_for_any_text() =>
        Check.Sample(TestAlphabets.Unicode, text => AssertInert(LatexText.Escape(text), NoBreakSpace), iter: 20_000);

    [Fact]
    public void Lines_and_urls_are_inert_too() =>
        Check.Sample(TestAlphabets.Unicode.Array[0, 4], items =>
        {
            AssertInert(LatexText.EscapeLines(items), NoBreakSpace);
            AssertInert(LatexText.Url("https://x.org/" + string.Concat(items)), UrlCharacters);
        }, iter: 5_000);

    /// <summary>The tie "~" is how the escaper writes a no-break space.</summary>
    private const string NoBreakSpace = "~";

    /// <summary>Raw in <c>\href</c> targets, where hyperref reads them as URL characters (see LatexUrlTests).</summary>
    private const string UrlCharacters = "$&_";

    private static void AssertInert(string latex, string allowedSpecials)
    {
        var depth = 0;
        for (var i = 0; i < latex.Length; i++)
        {
            var c = latex[i];
            Assert.InRange(c, ' ', '~');
            switch (c)
            {
                case '\\':
                    i++;
                    Assert.True(i < latex.Length, "ends with a lone backslash");
                    if (char.IsAsciiLetter(latex[i]))
                    {
                        var start = i;
                        while (i + 1 < latex.Length && char.IsAsciiLetter(latex[i + 1]))
                        {
                            i++;
                        }

                        var name = latex[start..(i + 1)];
                        Assert.True(Vocabulary.Contains(name), $"unexpected command \\{name} in {latex}");
                    }
                    else
                    {
                        Assert.True(ControlSymbols.Contains(latex[i]), $"unexpected \\{latex[i]} in {latex}");
                    }

                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    depth--;
                    Assert.True(depth >= 0, $"unbalanced '}}' in {latex}");
                    break;
                default:
                    Assert.False("$&#^_%~".Contains(c) && !allowedSpecials.Contains(c), $"raw '{c}' in {latex}");
                    break;
            }
        }

        Assert.Equal(0, depth);
    }
}

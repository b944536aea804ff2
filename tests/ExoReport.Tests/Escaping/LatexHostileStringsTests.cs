using ExoReport.Tests.Support;
using ExoReport.Writers.Latex;

namespace ExoReport.Tests.Escaping;

/// <summary>
/// Data written to attack or break a LaTeX build, compiled with both engines in the places a report puts data:
/// paragraphs, bold text, section titles, table cells, footnotes and list items. Each string must print verbatim,
/// no file may be read or written, no command run.
/// </summary>
public sealed class LatexHostileStringsTests
{
    private static readonly string Pwned = Path.Combine(Path.GetTempPath(), "exoreport-pwned-" + Guid.NewGuid().ToString("N"));

    public static readonly IReadOnlyList<string> Hostile =
    [
        @"\input{/etc/passwd}",
        @"\write18{touch " + Pwned + "}",
        @"\immediate\write18{touch " + Pwned + "}",
        @"\openin5=/etc/passwd \read5 to\x \x",
        @"\csname input\endcsname{/etc/passwd}",
        @"\makeatletter\@@input /etc/passwd",
        @"\catcode`\%=11 \catcode 92=12",
        @"\def\x{\x}\x",
        @"^^5cinput{/etc/passwd} ^^M ^^^^005c",
        @"}}}{{{ unbalanced {",
        @"50% of cells % comment",
        @"$x$ and $$\int$$ \(y\)",
        @"#1 ## \#",
        @"~ tilde ~~",
        @"\end{document}",
        @"\verb|x| \\ \newline \par",
        @"a & b && c",
        @"[optional] \item[x] ]",
        @"*starred",
        @"-- --- `` '' << >> ,, !` ?` -",
        @"_sub ^sup",
        "α-synuclein ≤ 5 µm, 37 °C, Ca²⁺ “quoted” — ‘single’… naïve café Łódź",
    ];

    [Theory]
    [InlineData(LatexEngine.PdfLatex)]
    [InlineData(LatexEngine.LuaLatex)]
    public void Hostile_strings_print_verbatim_and_do_nothing_else(LatexEngine engine)
    {
        var body = string.Concat(Hostile.Select((text, index) => Contexts(LatexText.Escape(text), index)));

        var run = LatexCompiler.Compile(LatexTestDocument.Wrap(body), engine);

        Assert.False(File.Exists(Pwned), $"{Pwned} was created: a shell command ran");
        var texts = LatexExtraction.MarkedTexts(PdfText.ContentOrder(run.Pdf));
        // Footnotes print at the foot of the page, so the order differs: compare as multisets.
        var expected = Hostile.SelectMany(text => Enumerable.Repeat(LatexExtraction.Expected(text), ContextCount));
        MultisetAssert.Equal(expected, texts);
        var passwdFirstLine = File.ReadLines("/etc/passwd").First();
        Assert.DoesNotContain(passwdFirstLine, PdfText.ContentOrder(run.Pdf));
        Assert.DoesNotContain("/etc/passwd)", run.Log); // TeX logs "(/etc/passwd" when it opens a file
    }

    private const int ContextCount = 6;

    /// <summary>The same escaped text in each place a report puts data.</summary>
    private static string Contexts(string escaped, int index)
    {
        var marked = LatexTestDocument.Open + escaped + LatexTestDocument.Close;
        return $$"""

            \par\noindent {{marked}}
            \par\noindent\textbf{{{marked}}}
            \section*{{{marked}}}
            \noindent\begin{tabular}{|p{6cm}|l|}\hline {{marked}} & x\\\hline\end{tabular}
            \par\noindent Note {{index}}\footnote{{{marked}}}
            \begin{itemize}\item {{marked}}\end{itemize}

            """;
    }
}

using ExoReport.Writers.Latex;

namespace ExoReport.Tests.Escaping;

/// <summary>
/// A minimal document around escaped text: only <see cref="LatexText.RequiredPreamble"/>, plus glyph-to-Unicode
/// tables so that the text extracted from the PDF is faithful (pdfTeX writes none by default), plus ragged-right
/// setting without hyphenation so that spaces keep their natural width and words are never split.
/// </summary>
public static class LatexTestDocument
{
    /// <summary>Markers around each test string: ♣ and ♠ are neither escaped output nor in any test alphabet.</summary>
    public const string Open = @"\ensuremath{\clubsuit}";

    public const string Close = @"\ensuremath{\spadesuit}";

    public const char OpenMark = '♣';
    public const char CloseMark = '♠';

    public static string Wrap(string body, string extraPreamble = "") =>
        "\\documentclass{article}\n" +
        LatexText.RequiredPreamble + "\n" +
        extraPreamble +
        "\\ifdefined\\pdfgentounicode\\input{glyphtounicode}\\pdfgentounicode=1\\fi\n" +
        // LuaTeX has the same tables under other names.
        "\\ifdefined\\directlua\\ifdefined\\pdfglyphtounicode\\else" +
        "\\protected\\def\\pdfglyphtounicode{\\pdfextension glyphtounicode}\\fi" +
        "\\input{glyphtounicode}\\pdfvariable gentounicode=1\\fi\n" +
        "\\begin{document}\n\\raggedright\\hyphenpenalty=10000\\exhyphenpenalty=10000\n" +
        body +
        "\n\\end{document}\n";

    /// <summary>One paragraph per string, between markers.</summary>
    public static string MarkedLines(IEnumerable<string> escaped) =>
        string.Concat(escaped.Select(line => $"\\par\\noindent {Open}{line}{Close}\n"));
}

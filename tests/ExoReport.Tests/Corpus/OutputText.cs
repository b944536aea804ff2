using System.Text;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Corpus;

/// <summary>The text a reader gets from each output of a build folder.</summary>
public static partial class OutputText
{
    /// <summary>
    /// report.tex compiled with pdflatex (shell escape off, one pass: enough for the text) and read back twice,
    /// by pdftotext and by PdfPig in content order: table cells and wrapped lines come out differently in the two,
    /// and a string counts as shown when either reader finds it.
    /// </summary>
    public static (string PdfToText, string ContentOrder, string Log) Latex(string folder)
    {
        var run = LatexCompiler.CompileFolder(folder, "report.tex", LatexEngine.PdfLatex, passes: 1);
        return (WithoutPageNumbers(LatexCompiler.ExtractText(run.Pdf)), WithoutPageNumbers(PdfText.ContentOrder(run.Pdf)), run.Log);
    }

    /// <summary>The PDF writer's own report.pdf, read the same two ways, without its page furniture.</summary>
    public static (string PdfToText, string ContentOrder) Pdf(byte[] pdf) =>
        (WithoutPdfFurniture(LatexCompiler.ExtractText(pdf)), WithoutPdfFurniture(PdfText.ContentOrder(pdf)));

    /// <summary>
    /// Our PDF's footer ("Page 3 of 34") and running header (the title, cut with "…", and the report date) sit
    /// between the last line of one page and the first of the next, in the middle of text that runs on.
    /// </summary>
    private static string WithoutPdfFurniture(string text) =>
        string.Join('\n', WithoutPageNumbers(text).Split('\n').Select(line => line.Trim('\f', ' ', '\r'))
            .Where(line => !Furniture().IsMatch(line)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^Page \d+ of \d+$|…$|^\d{4}-\d{2}-\d{2}$")]
    private static partial System.Text.RegularExpressions.Regex Furniture();

    /// <summary>
    /// The text without lines that are only a number: page numbers sit between the last line of a page and the
    /// first of the next, in the middle of any paragraph that runs across pages.
    /// </summary>
    private static string WithoutPageNumbers(string text) =>
        string.Join('\n', text.Split('\n').Where(line => !IsNumber(line.Trim('\f', ' ', '\r'))));

    private static bool IsNumber(string line) => line.Length > 0 && line.All(char.IsAsciiDigit);

    public static string Markdown(string folder) => File.ReadAllText(Path.Combine(folder, "report.md"), Encoding.UTF8);
}

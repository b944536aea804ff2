using System.Text;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Corpus;

/// <summary>The text a reader gets from each output of a build folder.</summary>
public static class OutputText
{
    /// <summary>
    /// report.tex compiled with pdflatex (shell escape off, one pass: enough for the text) and read back twice,
    /// by pdftotext and by PdfPig in content order: table cells and wrapped lines come out differently in the two,
    /// and a string counts as shown when either reader finds it.
    /// </summary>
    public static (string PdfToText, string ContentOrder, string Log) Latex(string folder)
    {
        var run = LatexCompiler.CompileFolder(folder, "report.tex", LatexEngine.PdfLatex, passes: 1);
        return (LatexCompiler.ExtractText(run.Pdf), PdfText.ContentOrder(run.Pdf), run.Log);
    }

    /// <summary>The PDF writer's own report.pdf, read the same two ways.</summary>
    public static (string PdfToText, string ContentOrder) Pdf(byte[] pdf) =>
        (LatexCompiler.ExtractText(pdf), PdfText.ContentOrder(pdf));

    public static string Markdown(string folder) => File.ReadAllText(Path.Combine(folder, "report.md"), Encoding.UTF8);
}

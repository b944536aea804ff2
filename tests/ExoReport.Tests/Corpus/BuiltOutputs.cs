using ExoReport.Tests.Support;

namespace ExoReport.Tests.Corpus;

/// <summary>What a successful build must have written, and what each output must show.</summary>
public static class BuiltOutputs
{
    private static readonly string[] Required = ["report.md", "report.tex", "tables/table1.md", "tables/table1.tex"];

    /// <summary>With --format all (the default) the PDF writer's report too.</summary>
    private const string Pdf = "report.pdf";

    public static void Check(CorpusEntry entry, string folder)
    {
        var files = OutputFolder.Read(folder);
        files.AssertNoTemporaryFiles();
        foreach (var path in entry.Formats is null ? [.. Required, Pdf] : Required)
            Assert.True(files.Files.ContainsKey(path), $"the build did not write {path}");

        var markdown = new MarkdownView(OutputText.Markdown(folder));
        Assert.True(markdown.Smuggled.Count == 0, "markup that came from data in report.md:\n" + string.Join('\n', markdown.Smuggled));
        if (entry.Shows.Count > 0)
            Assert.Equal(new MarkdownView(OutputText.Markdown(GoldenBuild.Folder)).Shape, markdown.Shape);
        ShownText.AssertShows("report.md", markdown.Text, entry.ShownInMarkdown);
        ShownText.AssertNeverShows("report.md", markdown.Text, entry.NeverShows ?? []);

        var latex = OutputText.Latex(folder);
        AssertShowsInEither("report.tex (compiled)", latex.PdfToText, latex.ContentOrder, entry.ShownInLatex);
        ShownText.AssertNeverShows("report.tex (compiled)", latex.PdfToText + latex.ContentOrder, entry.NeverShows ?? []);

        if (files.Files.TryGetValue("report.pdf", out var pdf))
        {
            var text = OutputText.Pdf(pdf);
            AssertShowsInEither("report.pdf", text.PdfToText, text.ContentOrder, entry.ShownInPdf);
            ShownText.AssertNeverShows("report.pdf", text.PdfToText + text.ContentOrder, entry.NeverShows ?? []);
        }
    }

    /// <summary>Each string must read back from one of the two readings of the same PDF.</summary>
    private static void AssertShowsInEither(string format, string first, string second, IEnumerable<string> expected)
    {
        foreach (var text in expected)
            if (!ShownText.Contains(first, text))
                ShownText.AssertShows(format, second, [text]);
    }
}

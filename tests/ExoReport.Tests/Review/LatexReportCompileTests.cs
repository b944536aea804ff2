using System.Text.RegularExpressions;
using ExoReport.Build;
using ExoReport.Evidence;
using ExoReport.Init;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Review;

/// <summary>
/// report.tex compiled with pdflatex from a plain TeX Live, without shell escape, and read back: what the reader
/// sees in the PDF is the data, for the review and for data whose strings are LaTeX attacks.
/// </summary>
public partial class LatexReportCompileTests
{
    private static string Normalize(string text) => Spaces().Replace(text, " ");

    [Theory]
    [InlineData(LatexEngine.PdfLatex)]
    [InlineData(LatexEngine.LuaLatex)]
    public void The_review_compiles_and_shows_every_Table1_source_and_symbol(LatexEngine engine)
    {
        using var output = new TempDirectory();
        ReviewBuild.WriteTo(ReviewBuild.TextAndFigures, output.Path);
        var run = LatexCompiler.CompileFolder(output.Path, "report.tex", engine, passes: 2);
        var text = Normalize(LatexCompiler.ExtractText(run.Pdf));

        foreach (var row in SeedTable1.Rows)
            Assert.Contains(Normalize(row.Source), text);
        Assert.Contains("β", text);
        Assert.Contains("κ", text);
        Assert.Contains("±", text);
        Assert.Contains("17.13 ± 1.64%", text);
        Assert.Contains("(continued)", text); // Table 1 spans pages with its header repeated
        Assert.DoesNotContain("??", text);    // no unresolved references
        Assert.Contains("https://doi.org/10.1093/brain/awaa052", PdfText.LinkTargets(run.Pdf));
    }

    [Fact]
    public void Strings_that_are_LaTeX_commands_print_as_text_and_run_nothing()
    {
        // Short and without hyphens, so a line break in a narrow column cannot split it in the extracted text.
        var marker = "/tmp/xr" + Guid.NewGuid().ToString("N")[..8];
        string[] hostile =
        [
            @"\input{/etc/passwd}",
            $@"\immediate\write18{{touch {marker}}}",
            @"\catcode`\^^5c=12 \def\x{\x}\x",
            @"100% of $x$ & #1 ~ _ ^ { unbalanced",
        ];
        var yaml = ProjectInitializer.Files(withTemplates: false).Single(f => f.RelativePath == ProjectInitializer.EvidenceFileName).Text
            .Replace("      - Regulation of macrophage polarization", string.Join("\n", hostile.Select(h => $"      - '{h}'")))
            .Replace("title: Exosomes for spinal cord injury: a starter evidence file", $"title: '{hostile[0]} {hostile[3]}'");
        var loaded = EvidenceLoader.LoadText("hostile.yaml", yaml);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var build = ReviewBuild.Succeeded(ReportBuilder.Build(loaded.Evidence!, new BuildOptions(OutputFormat.Latex)));

        using var output = new TempDirectory();
        ReviewBuild.WriteTo(build, output.Path);
        var text = Normalize(LatexCompiler.ExtractText(LatexCompiler.CompileFolder(output.Path, "report.tex", LatexEngine.PdfLatex, passes: 2).Pdf));

        foreach (var attack in hostile)
            Assert.True(text.Contains(Normalize(attack)), $"not found: {attack}\nin: {text}");
        Assert.False(File.Exists(marker), "\\write18 ran a command");
        Assert.DoesNotContain("root:x:0:0", text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

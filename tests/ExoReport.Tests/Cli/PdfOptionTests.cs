using ExoReport.Tests.Support;
using UglyToad.PdfPig;

namespace ExoReport.Tests.Cli;

/// <summary>build's PDF options: paper size and fonts from a folder, with clear errors for what cannot work.</summary>
public class PdfOptionTests
{
    [Theory]
    [InlineData("a4", 595, 842)]
    [InlineData("letter", 612, 792)]
    public void Paper_sets_the_page_size(string paper, int width, int height)
    {
        using var session = new CliSession();
        session.Write("evidence.yaml", ExampleEvidence.Text);
        var result = session.Run("build", "evidence.yaml", "--format", "pdf", "--paper", paper, "-q");
        Assert.Equal(0, result.ExitCode);
        using var pdf = PdfDocument.Open(File.ReadAllBytes(session.Full("out/report.pdf")));
        Assert.All(pdf.GetPages(), page => Assert.Equal((width, height), ((int)Math.Round(page.Width), (int)Math.Round(page.Height))));
    }

    [Fact]
    public void Fonts_come_from_the_given_folder_and_family()
    {
        using var session = new CliSession();
        session.Write("evidence.yaml", ExampleEvidence.Text);
        var result = session.Run("build", "evidence.yaml", "--format", "pdf", "--font-dir", RepositoryPaths.File("fonts"),
            "--body-font", "DejaVu Sans", "-q");
        Assert.Equal(0, result.ExitCode);
        using var pdf = PdfDocument.Open(File.ReadAllBytes(session.Full("out/report.pdf")));
        var fonts = pdf.GetPage(1).Letters.Select(l => l.FontName ?? "").Distinct().ToList();
        Assert.DoesNotContain(fonts, f => f.Contains("Serif", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_font_folder_is_a_usage_error()
    {
        using var session = new CliSession();
        session.Write("evidence.yaml", ExampleEvidence.Text);
        var result = session.Run("build", "evidence.yaml", "--font-dir", "no-such-fonts");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--font-dir no-such-fonts: no such folder", result.Error);
    }

    [Fact]
    public void An_unknown_paper_is_a_usage_error()
    {
        using var session = new CliSession();
        session.Write("evidence.yaml", ExampleEvidence.Text);
        Assert.Equal(2, session.Run("build", "evidence.yaml", "--paper", "a3").ExitCode);
    }
}

using ExoReport.Cli;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Cli;

/// <summary><c>exoreport diff</c>: two files, or a file against a git revision; Markdown or text.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly CliSession cli = new();

    public DiffCommandTests() => cli.Write("old.yaml", ExampleEvidence.Text).Write("new.yaml", Edited());

    public void Dispose() => cli.Dispose();

    /// <summary>
    /// The example with its second study removed, a new study added, and the first study's route, wording
    /// and a finding changed.
    /// </summary>
    private static string Edited()
    {
        var text = ExampleEvidence.Text;
        var second = text.IndexOf("  - id: luo2021-otulin\n", StringComparison.Ordinal);
        Assert.True(second > 0);
        text = text[..second] + """
              - id: bmsc-vessels
                reference: luo2021
                source: bm-msc
                mechanisms: [vascularization-bscb]

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
        text = ExampleEvidence.Replace(text, "      - Functional recovery\n", "      - Functional recovery of the hindlimbs\n");
        return ExampleEvidence.Replace(text, "route: tail-iv, wording: Tail intravenous injection", "route: local-implantation, wording: Local implantation");
    }

    [Fact]
    public void MarkdownListsAddedRemovedAndChangedStudiesFieldByField()
    {
        var result = cli.Run("diff", "old.yaml", "new.yaml");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Error);
        var md = result.Out;
        Assert.StartsWith("### Evidence changes: `old.yaml` → `new.yaml`\n\n", md, StringComparison.Ordinal);
        Assert.Contains("Studies: 1 added, 1 removed, 1 changed. Table 1: 2 rows changed. References: 0 added, 0 removed, 0 changed.", md, StringComparison.Ordinal);
        Assert.Contains("#### Studies added\n\n- `bmsc-vessels` — Bone marrow mesenchymal stem cell (reference `luo2021`)\n", md, StringComparison.Ordinal);
        Assert.Contains("#### Studies removed\n\n- `luo2021-otulin` — M2 macrophage (reference `luo2021`)\n", md, StringComparison.Ordinal);
        Assert.Contains("""
            #### Studies changed

            - `gao2021-berberine`
              - **delivery.route**: tail-iv → local-implantation
              - **delivery.wording**: Tail intravenous injection → Local implantation
              - **findings**: Regulation of macrophage polarization; Functional recovery → Regulation of macrophage polarization; Functional recovery of the hindlimbs

            """.Replace("\r\n", "\n", StringComparison.Ordinal), md, StringComparison.Ordinal);
        Assert.Contains("- row 2: M2 macrophage \\| Promotion of vascular regeneration in vivo", md, StringComparison.Ordinal);
        Assert.Contains("→ *(none)*", md, StringComparison.Ordinal);
    }

    [Fact]
    public void TextFormatPrintsOneLinePerChange()
    {
        var result = cli.Run("diff", "old.yaml", "new.yaml", "--format", "text");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Evidence changes: old.yaml -> new.yaml", lines[0]);
        Assert.Equal(
            [
                "+ study bmsc-vessels (Bone marrow mesenchymal stem cell)",
                "- study luo2021-otulin (M2 macrophage)",
                "~ study gao2021-berberine delivery.route: tail-iv -> local-implantation",
                "~ study gao2021-berberine delivery.wording: Tail intravenous injection -> Local implantation",
                "~ study gao2021-berberine findings: Regulation of macrophage polarization; Functional recovery -> Regulation of macrophage polarization; Functional recovery of the hindlimbs",
            ],
            lines.Skip(2).Take(5));
        Assert.StartsWith("~ Table 1 row 1: ", lines[7], StringComparison.Ordinal);
        Assert.EndsWith(" -> (none)", lines[8], StringComparison.Ordinal);
        Assert.Equal(9, lines.Length);
    }

    [Fact]
    public void ChangedReferenceIsListedFieldByField()
    {
        cli.Write("new.yaml", ExampleEvidence.Replace("    volume: \"126\"\n", "    volume: \"127\"\n"));

        var result = cli.Run("diff", "old.yaml", "new.yaml", "--format", "text");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("~ reference gao2021 details: ", result.Out, StringComparison.Ordinal);
        Assert.Contains("References: 0 added, 0 removed, 1 changed.", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("md", "### Evidence changes: `old.yaml` → `same.yaml`\n\nNo change to studies, Table 1 or references.\n")]
    [InlineData("text", "Evidence changes: old.yaml -> same.yaml\nNo change to studies, Table 1 or references.\n")]
    public void IdenticalFilesSayNoChange(string format, string expected)
    {
        cli.Write("same.yaml", ExampleEvidence.Text.Replace("# A small evidence file", "# A comment changed; the data did not. A small evidence file", StringComparison.Ordinal));

        var result = cli.Run("diff", "old.yaml", "same.yaml", "--format", format);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(expected, result.Out);
    }

    [Fact]
    public void GitRevisionIsComparedWithTheWorkingFile()
    {
        Git("init", "-q");
        cli.Write("data/evidence.yaml", ExampleEvidence.Text);
        Git("add", "data/evidence.yaml");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "evidence");
        cli.Write("data/evidence.yaml", Edited());

        var result = cli.Run("diff", "data/evidence.yaml", "--git", "HEAD", "--format", "text");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("Evidence changes: HEAD:data/evidence.yaml -> data/evidence.yaml\nStudies: 1 added, 1 removed, 1 changed.", result.Out, StringComparison.Ordinal);
        Assert.Contains("+ study bmsc-vessels", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileNewSinceTheRevisionIsAllAdded()
    {
        Git("init", "-q");
        cli.Write("README.txt", "a repository before the evidence file\n");
        Git("add", "README.txt");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "start");
        cli.Write("data/evidence.yaml", ExampleEvidence.Text);

        var result = cli.Run("diff", "data/evidence.yaml", "--git", "HEAD", "--format", "text");
        var alone = cli.Run("diff", "data/evidence.yaml", "--git", "HEAD", "--format", "md");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Error);
        var studies = ExoReport.Evidence.EvidenceLoader.LoadText("example.yaml", ExampleEvidence.Text).Evidence!.Studies.Count;
        Assert.StartsWith("Evidence changes: HEAD:data/evidence.yaml (not there yet) -> data/evidence.yaml\n"
            + $"Studies: {studies} added, 0 removed, 0 changed.", result.Out, StringComparison.Ordinal);
        Assert.Contains("0 removed, 0 changed.\n", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\n- ", result.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, alone.ExitCode);
        Assert.Contains("(not there yet)", alone.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownGitRevisionExitsTwo()
    {
        Git("init", "-q");
        cli.Write("data/evidence.yaml", ExampleEvidence.Text);

        var result = cli.Run("diff", "data/evidence.yaml", "--git", "no-such-branch");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.StartsWith("data/evidence.yaml: error EXO062: git show no-such-branch: ", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData("old.yaml")]
    [InlineData("old.yaml", "new.yaml", "--git", "HEAD")]
    public void WrongNumberOfFilesExitsTwo(params string[] arguments)
    {
        var result = cli.Run(["diff", .. arguments]);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Equal("exoreport: diff needs OLD and NEW files, or one FILE with --git REV\n", result.Error);
    }

    [Theory]
    [InlineData]
    [InlineData("a.yaml", "b.yaml", "c.yaml")]
    public void NoFileOrThreeFilesIsAParseErrorExitingTwo(params string[] arguments)
    {
        var result = cli.Run(["diff", .. arguments]);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.EndsWith("Run 'exoreport diff --help' for usage.\n", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("old.yaml", "")]
    [InlineData("old.yaml", "--git", "")]
    public void EmptyValueIsAUsageError(params string[] arguments)
    {
        var result = cli.Run(["diff", .. arguments]);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains(" has an empty value (an unset shell variable?)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormatExitsTwo()
    {
        Assert.Equal(ExitCodes.UsageOrIo, cli.Run("diff", "old.yaml", "new.yaml", "--format", "html").ExitCode);
    }

    [Fact]
    public void InvalidFileExitsOneWithItsErrors()
    {
        cli.Write("new.yaml", ExampleEvidence.WithMisspeltKey());

        var result = cli.Run("diff", "old.yaml", "new.yaml");

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Contains("new.yaml:9:3: error EXO022: unknown key 'autors'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void MissingFileExitsTwo()
    {
        var result = cli.Run("diff", "old.yaml", "gone.yaml");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("gone.yaml: error EXO010: file not found", result.Error, StringComparison.Ordinal);
    }

    private void Git(params string[] arguments)
    {
        var run = ProcessRunner.Run("git", arguments, cli.Path, TimeSpan.FromSeconds(30));
        Assert.True(run.ExitCode == 0, $"git {string.Join(' ', arguments)}: {run.Output}");
    }
}

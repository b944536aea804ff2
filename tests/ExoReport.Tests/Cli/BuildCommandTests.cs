using ExoReport.Build;
using ExoReport.Cli;

namespace ExoReport.Tests.Cli;

/// <summary><c>exoreport build</c>: what it writes, what it leaves alone, its options and its failures.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly CliSession cli = new();

    public BuildCommandTests() => cli.Write("evidence.yaml", ExampleEvidence.Text);

    public void Dispose() => cli.Dispose();

    /// <summary>build evidence.yaml --format md,tex (fast), into out/ unless the extra arguments name another --out.</summary>
    private CliResult Build(params string[] extra) =>
        cli.Run(["build", "evidence.yaml", .. extra.Contains("--out") ? Array.Empty<string>() : ["--out", "out"], "--format", "md,tex", .. extra]);

    [Fact]
    public void WritesTheReportEachTableAndTheFiguresIntoOut()
    {
        var result = cli.Run("build", "evidence.yaml", "--out", "out", "--format", "md,tex,figures");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var files = cli.Snapshot("out").Keys.ToList();
        Assert.Contains("report.md", files);
        Assert.Contains("report.tex", files);
        foreach (var table in new[] { "table1", "evidence-matrix", "limitations" })
        {
            Assert.Contains($"tables/{table}.md", files);
            Assert.Contains($"tables/{table}.tex", files);
        }
        foreach (var extension in new[] { "svg", "png", "pdf" })
            Assert.Contains(files, f => f.StartsWith("figures/", StringComparison.Ordinal) && f.EndsWith("." + extension, StringComparison.Ordinal));
        Assert.StartsWith("# Exosomes for spinal cord injury: a starter evidence file\n", cli.Read("out/report.md"), StringComparison.Ordinal);
        Assert.Contains(@"\begin{document}", cli.Read("out/report.tex"), StringComparison.Ordinal);

        var outputs = files.Count(f => f != OutputFolderLock.FileName);
        Assert.Equal("", result.Out);
        Assert.Matches($@"exoreport: wrote {outputs} of {outputs} files to out/ \(0 unchanged\) in \d+\.\d\d s\n$", result.Error);
    }

    [Fact]
    public void SecondBuildRewritesNothingAndSaysSo()
    {
        Assert.Equal(ExitCodes.Ok, Build().ExitCode);
        BackdateEveryFile("out");
        var before = cli.Snapshot("out");

        var second = Build();

        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        Assert.All(cli.WriteTimes("out"), file => Assert.Equal(LongAgo, file.Value));
        Assert.Equal(before, cli.Snapshot("out"));
        var outputs = before.Count - 1; // the lock file is not an output
        Assert.Contains($"wrote 0 of {outputs} files to out/ ({outputs} unchanged)", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangedEvidenceRewritesOnlyTheOutputsThatChange()
    {
        Assert.Equal(ExitCodes.Ok, Build().ExitCode);
        BackdateEveryFile("out");
        cli.Write("evidence.yaml", ExampleEvidence.WithRewordedFinding());

        var result = Build();

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var rewritten = cli.WriteTimes("out").Where(f => f.Value != LongAgo).Select(f => f.Key).ToList();
        Assert.Equal(["report.md", "report.tex", "tables/table1.md", "tables/table1.tex"], rewritten);
        Assert.Contains("Functional recovery of the hindlimbs", cli.Read("out/tables/table1.md"), StringComparison.Ordinal);
        Assert.Contains("wrote 4 of ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckExitsZeroWhenTheOutputsAreCurrent()
    {
        Assert.Equal(ExitCodes.Ok, Build().ExitCode);

        var check = Build("--check");

        Assert.Equal(ExitCodes.Ok, check.ExitCode);
        Assert.Equal("", check.Out);
        Assert.Contains("exoreport: all outputs in out/ are current", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckListsEditedAndDeletedOutputsExitsOneAndWritesNothing()
    {
        Assert.Equal(ExitCodes.Ok, Build().ExitCode);
        File.AppendAllText(cli.Full("out/report.md"), "a hand edit\n");
        File.Delete(cli.Full("out/tables/table1.tex"));
        BackdateEveryFile("out");
        var before = cli.Snapshot("out");

        var check = Build("--check");

        Assert.Equal(ExitCodes.Invalid, check.ExitCode);
        Assert.Equal("out/report.md\nout/tables/table1.tex\n", check.Out);
        Assert.Contains("2 output(s) in out/ differ from a fresh build", check.Error, StringComparison.Ordinal);
        Assert.Equal(before, cli.Snapshot("out"));
        Assert.All(cli.WriteTimes("out"), file => Assert.Equal(LongAgo, file.Value));
    }

    [Fact]
    public void CheckWithNoOutputsListsThemAllAndCreatesNoFolder()
    {
        var check = Build("--check");

        Assert.Equal(ExitCodes.Invalid, check.ExitCode);
        Assert.Contains("out/report.md\n", check.Out, StringComparison.Ordinal);
        Assert.Contains("out/tables/table1.tex\n", check.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(cli.Full("out")));
    }

    [Theory]
    [InlineData("md", new[] { "report.md", "tables/table1.md" }, new[] { "report.tex", "tables/table1.tex" })]
    [InlineData("tex", new[] { "report.tex", "tables/table1.tex" }, new[] { "report.md", "tables/table1.md" })]
    [InlineData(" Markdown , LATEX ", new[] { "report.md", "report.tex" }, new[] { "figures/years.svg" })]
    [InlineData("md,md", new[] { "report.md" }, new[] { "report.tex" })]
    public void FormatChoosesWhatIsWritten(string formats, string[] written, string[] notWritten)
    {
        Assert.Equal(ExitCodes.Ok, cli.Run("build", "evidence.yaml", "--out", "out", "--format", formats).ExitCode);

        var files = cli.Snapshot("out").Keys;
        Assert.All(written, f => Assert.Contains(f, files));
        Assert.All(notWritten, f => Assert.DoesNotContain(f, files));
    }

    [Theory]
    [InlineData("md,docx", "exoreport: unknown format 'docx' in --format; use md, tex, pdf, figures or all")]
    [InlineData("html", "exoreport: unknown format 'html' in --format; use md, tex, pdf, figures or all")]
    [InlineData(",", "exoreport: --format names no format; use md, tex, pdf, figures or all")]
    public void UnknownFormatExitsTwoWithAMessageAndBuildsNothing(string formats, string message)
    {
        var result = cli.Run("build", "evidence.yaml", "--out", "out", "--format", formats);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Equal(message + "\n", result.Error);
        Assert.False(Directory.Exists(cli.Full("out")));
    }

    [Fact]
    public void NumberingAppearanceRenumbersTable1Citations()
    {
        // Row 1 cites the reference whose manuscript number is 2.
        cli.Write("evidence.yaml", ExampleEvidence.WithSwappedReferenceNumbers());

        Assert.Equal(ExitCodes.Ok, Build("--out", "source").ExitCode);
        Assert.Equal(ExitCodes.Ok, Build("--out", "appearance", "--numbering", "appearance").ExitCode);

        Assert.StartsWith("| M2 macrophage<sup>2</sup> |", Table1Row(cli.Read("source/tables/table1.md"), 1), StringComparison.Ordinal);
        Assert.StartsWith("| M2 macrophage<sup>1</sup> |", Table1Row(cli.Read("appearance/tables/table1.md"), 1), StringComparison.Ordinal);
        Assert.StartsWith("| M2 macrophage<sup>2</sup> |", Table1Row(cli.Read("appearance/tables/table1.md"), 2), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownNumberingExitsTwo()
    {
        var result = Build("--numbering", "alphabetical");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("alphabetical", result.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'exoreport build --help' for usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplatesOverrideReplacesOnlyTheTemplatesGiven()
    {
        cli.Write("mine/markdown/tables/table1.scriban", "Our Table 1 has {{ report.table1.rows.size }} rows.\n");

        Assert.Equal(ExitCodes.Ok, Build("--out", "shipped").ExitCode);
        Assert.Equal(ExitCodes.Ok, Build("--templates", "mine").ExitCode);

        Assert.Equal("Our Table 1 has 2 rows.\n", cli.Read("out/tables/table1.md"));
        Assert.Contains("Our Table 1 has 2 rows.", cli.Read("out/report.md"), StringComparison.Ordinal);
        Assert.Equal(cli.Read("shipped/tables/evidence-matrix.md"), cli.Read("out/tables/evidence-matrix.md"));
        Assert.Equal(cli.Read("shipped/tables/table1.tex"), cli.Read("out/tables/table1.tex"));
    }

    [Fact]
    public void MissingTemplatesFolderExitsTwo()
    {
        var result = Build("--templates", "nowhere");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Equal("exoreport: --templates nowhere: no such folder\n", result.Error);
    }

    [Fact]
    public void QuietPrintsNothingOnSuccess()
    {
        // The example has a warning (an unused source); --quiet promises errors only.
        Assert.Contains("warning EXO049", Build("--out", "loud").Error, StringComparison.Ordinal);

        var result = Build("--quiet");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("", result.Error);
        Assert.True(File.Exists(cli.Full("out/report.md")));
    }

    [Fact]
    public void InvalidEvidenceExitsOneWithAPositionAndLeavesEarlierOutputsByteForByte()
    {
        Assert.Equal(ExitCodes.Ok, Build().ExitCode);
        BackdateEveryFile("out");
        var before = cli.Snapshot("out");
        cli.Write("evidence.yaml", ExampleEvidence.WithMisspeltKey());

        var result = Build("--quiet");

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Contains("evidence.yaml:9:3: error EXO022: unknown key 'autors' in review; did you mean 'authors'?\n", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, cli.Snapshot("out"));
        Assert.All(cli.WriteTimes("out"), file => Assert.Equal(LongAgo, file.Value));
    }

    [Theory]
    [InlineData("--out", "")]
    [InlineData("--out", " ")]
    [InlineData("--templates", "")]
    public void EmptyPathIsAUsageErrorNotTheCurrentFolder(string option, string value)
    {
        var result = cli.Run("build", "evidence.yaml", "--format", "md", option, value);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.StartsWith($"exoreport: {option} has an empty value (an unset shell variable?)\n", result.Error, StringComparison.Ordinal);
        Assert.Equal(["evidence.yaml"], Directory.EnumerateFileSystemEntries(cli.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void EmptyFileIsAUsageError()
    {
        var result = cli.Run("build", "", "--format", "md");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.StartsWith("exoreport: FILE has an empty value", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingEvidenceFileExitsTwo()
    {
        var result = cli.Run("build", "nope.yaml", "--out", "out", "--format", "md");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("nope.yaml: error EXO010: file not found\n", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(cli.Full("out")));
    }

    [Fact]
    public void OutThatIsAFileExitsTwoWithAClearMessage()
    {
        cli.Write("report", "my notes\n");

        var result = Build("--out", "report");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Equal("exoreport: --out report: this is a file, not a folder; give a folder (it is created when missing)\n", result.Error);
        Assert.Equal("my notes\n", cli.Read("report"));
    }

    [Fact]
    public void OutUnderAFileExitsTwoWithAClearMessage()
    {
        cli.Write("report", "my notes\n");

        var result = Build("--out", "report/html");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Equal("exoreport: --out report/html: 'report' is a file, so it cannot hold the output folder\n", result.Error);
        Assert.Equal("my notes\n", cli.Read("report"));
    }

    [Fact]
    public void UnwritableOutputFolderExitsTwoAndLeavesEarlierOutputsAsTheyWere()
    {
        Assert.Equal(ExitCodes.Ok, Build().ExitCode);
        cli.Write("evidence.yaml", ExampleEvidence.WithRewordedFinding()); // four outputs change
        using var block = WriteBlock.On(cli.Full("out"));
        BackdateEveryFile("out");
        var before = cli.Snapshot("out");

        var result = Build();

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.StartsWith("out/: error EXO060: cannot write the outputs: ", result.Error.Split('\n')[^2], StringComparison.Ordinal);
        Assert.EndsWith("; earlier outputs were left as they were\n", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        block.Dispose();
        Assert.Equal(before, cli.Snapshot("out")); // nothing replaced, and no temporary file left behind
        Assert.All(cli.WriteTimes("out"), file => Assert.Equal(LongAgo, file.Value));
    }

    [Fact]
    public async Task ParallelBuildsIntoOneFolderAllSucceedWithTheOutputsOfOneBuild()
    {
        Assert.Equal(ExitCodes.Ok, Build("--out", "alone").ExitCode);

        var builds = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Build())));

        Assert.All(builds, b => Assert.Equal(ExitCodes.Ok, b.ExitCode));
        Assert.Equal(cli.Snapshot("alone"), cli.Snapshot("out"));
        // One build wrote everything; the others found every file already current.
        var outputs = cli.Snapshot("alone").Count - 1;
        Assert.Equal(1, builds.Count(b => b.Error.Contains($"wrote {outputs} of {outputs}", StringComparison.Ordinal)));
        Assert.Equal(3, builds.Count(b => b.Error.Contains($"wrote 0 of {outputs}", StringComparison.Ordinal)));
    }

    /// <summary>Table 1's data row N of the Markdown fragment (after the header and the rule).</summary>
    private static string Table1Row(string markdown, int row) => markdown.Split('\n')[row + 1];

    private void BackdateEveryFile(string relativeFolder)
    {
        foreach (var file in Directory.EnumerateFiles(cli.Full(relativeFolder), "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, LongAgo);
    }
}

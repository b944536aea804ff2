using ExoReport.Cli;
using ExoReport.Evidence.Schema;

namespace ExoReport.Tests.Cli;

/// <summary><c>exoreport init</c>: a project that builds as it is, templates to edit, and never an overwrite.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly CliSession cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void CreatesAnEvidenceFileAndSchemaThatBuild()
    {
        var init = cli.Run("init", "review");

        Assert.Equal(ExitCodes.Ok, init.ExitCode);
        Assert.Equal("review/evidence.yaml\nreview/evidence.schema.json\n", init.Out);
        Assert.Equal("exoreport: created 2 files; next: exoreport build review/evidence.yaml\n", init.Error);
        Assert.Equal(ExampleEvidence.Text, cli.Read("review/evidence.yaml"));
        Assert.Equal(EvidenceSchema.Text, cli.Read("review/evidence.schema.json"));
        // The editor hint on the first line points at the schema written beside it.
        Assert.StartsWith("# yaml-language-server: $schema=evidence.schema.json\n", cli.Read("review/evidence.yaml"), StringComparison.Ordinal);

        var build = cli.Run("build", "review/evidence.yaml", "--out", "review/out", "--format", "md,tex", "--quiet");

        Assert.Equal(ExitCodes.Ok, build.ExitCode);
        Assert.Equal("", build.Error);
        Assert.Equal(ExitCodes.Ok, cli.Run("check", "review/evidence.yaml").ExitCode);
        Assert.Contains("| M2 macrophage<sup>1</sup> |", cli.Read("review/out/tables/table1.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultFolderIsTheCurrentOne()
    {
        Assert.Equal(ExitCodes.Ok, cli.Run("init").ExitCode);

        Assert.True(File.Exists(cli.Full("evidence.yaml")));
        Assert.True(File.Exists(cli.Full("evidence.schema.json")));
    }

    [Fact]
    public void TemplatesAreCopiedAndABuildWithThemUsesTheEdits()
    {
        var init = cli.Run("init", "review", "--templates");

        Assert.Equal(ExitCodes.Ok, init.ExitCode);
        Assert.Contains("review/templates/markdown/report.scriban\n", init.Out, StringComparison.Ordinal);
        Assert.Contains("review/templates/latex/tables/table1.scriban\n", init.Out, StringComparison.Ordinal);
        Assert.EndsWith("next: exoreport build review/evidence.yaml --templates review/templates\n", init.Error, StringComparison.Ordinal);
        var shipped = Directory.EnumerateFiles(Support.RepositoryPaths.File("templates"), "*.scriban", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Support.RepositoryPaths.File("templates"), f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(shipped, cli.Snapshot("review/templates").Keys);

        // Unedited copies build exactly what the shipped templates build.
        Assert.Equal(ExitCodes.Ok, cli.Run("build", "review/evidence.yaml", "--out", "shipped", "--format", "md,tex", "-q").ExitCode);
        Assert.Equal(ExitCodes.Ok, cli.Run("build", "review/evidence.yaml", "--out", "copied", "--format", "md,tex", "-q", "--templates", "review/templates").ExitCode);
        Assert.Equal(cli.Snapshot("shipped"), cli.Snapshot("copied"));

        var template = "review/templates/markdown/report.scriban";
        cli.Write(template, cli.Read(template).Replace("## Evidence matrix", "## Evidence matrix (edited)", StringComparison.Ordinal));
        var build = cli.Run("build", "review/evidence.yaml", "--out", "edited", "--format", "md", "--templates", "review/templates");

        Assert.Equal(ExitCodes.Ok, build.ExitCode);
        Assert.Contains("\n## Evidence matrix (edited)\n", cli.Read("edited/report.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesToOverwriteAndWritesNothing()
    {
        cli.Write("review/evidence.yaml", "# my own evidence\n");

        var init = cli.Run("init", "review", "--templates");

        Assert.Equal(ExitCodes.UsageOrIo, init.ExitCode);
        Assert.Equal("review: error EXO061: evidence.yaml already exists; init never overwrites a file, so nothing was written\n", init.Error);
        Assert.Equal("", init.Out);
        Assert.Equal("# my own evidence\n", cli.Read("review/evidence.yaml"));
        Assert.Equal(["evidence.yaml"], cli.Snapshot("review").Keys);
    }

    [Fact]
    public void SecondInitNamesEveryFileThatExists()
    {
        Assert.Equal(ExitCodes.Ok, cli.Run("init", "review").ExitCode);
        var before = cli.Snapshot("review");

        var again = cli.Run("init", "review");

        Assert.Equal(ExitCodes.UsageOrIo, again.ExitCode);
        Assert.Equal("review: error EXO061: evidence.yaml, evidence.schema.json already exist; init never overwrites a file, so nothing was written\n", again.Error);
        Assert.Equal(before, cli.Snapshot("review"));
    }

    [Fact]
    public void EmptyFolderIsAUsageErrorNotTheCurrentFolder()
    {
        var init = cli.Run("init", "");

        Assert.Equal(ExitCodes.UsageOrIo, init.ExitCode);
        Assert.StartsWith("exoreport: DIR has an empty value", init.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(cli.Path));
    }

    [Fact]
    public void FolderThatIsAFileExitsTwo()
    {
        cli.Write("review", "a file\n");

        var init = cli.Run("init", "review");

        Assert.Equal(ExitCodes.UsageOrIo, init.ExitCode);
        Assert.StartsWith("review: error EXO061: ", init.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", init.Error, StringComparison.Ordinal);
        Assert.Equal("a file\n", cli.Read("review"));
    }
}

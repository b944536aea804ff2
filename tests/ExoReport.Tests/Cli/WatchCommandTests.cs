using ExoReport.Cli;

namespace ExoReport.Tests.Cli;

/// <summary>
/// <c>exoreport watch</c> runs on a background task; the test edits the evidence file once the build it waits
/// for has been printed, so nothing here depends on timing. Saves replace the file whole, as editors do.
/// </summary>
public sealed class WatchCommandTests : IDisposable
{
    private readonly CliSession cli = new();
    private readonly SharedWriter output = new();
    private readonly SharedWriter errors = new();

    public WatchCommandTests() => cli.Write("evidence.yaml", ExampleEvidence.Text);

    public void Dispose() => cli.Dispose();

    private Task<int> Watch(CancellationToken stop, params string[] extra) =>
        Task.Run(() => cli.Run(output, errors, ["watch", "evidence.yaml", "--out", "out", "--format", "md,tex", "--interval", "20", .. extra], stop));

    [Fact]
    public async Task RebuildsAfterASaveAndReportsTheOutputsThatChanged()
    {
        var watch = Watch(CancellationToken.None, "--max-builds", "2");
        errors.WaitFor("exoreport: build 1: ");
        var firstReport = cli.Read("out/report.md");

        cli.Save("evidence.yaml", ExampleEvidence.WithRewordedFinding());

        Assert.Equal(ExitCodes.Ok, await watch);
        var log = errors.ToString();
        Assert.StartsWith("exoreport: watching evidence.yaml; Ctrl+C stops\n", log, StringComparison.Ordinal);
        Assert.Matches(@"exoreport: build 1: \d+ output\(s\) changed\n", log);
        Assert.Contains("exoreport: build 2: 4 output(s) changed\n", log, StringComparison.Ordinal);
        Assert.EndsWith("  report.md\n  tables/table1.md\n  report.tex\n  tables/table1.tex\n", output.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(firstReport, cli.Read("out/report.md"));
        Assert.Contains("Functional recovery of the hindlimbs", cli.Read("out/report.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenSavePrintsTheErrorAndWatchingGoesOn()
    {
        var watch = Watch(CancellationToken.None, "--max-builds", "3");
        errors.WaitFor("exoreport: build 1: ");
        var built = cli.Snapshot("out");

        cli.Save("evidence.yaml", ExampleEvidence.WithMisspeltKey());
        errors.WaitFor("exoreport: build 2 failed; waiting for the next save\n");
        Assert.Contains("evidence.yaml:9:3: error EXO022: unknown key 'autors'", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(built, cli.Snapshot("out"));

        cli.Save("evidence.yaml", ExampleEvidence.WithRewordedFinding());

        Assert.Equal(ExitCodes.Ok, await watch);
        Assert.Contains("exoreport: build 3: 4 output(s) changed\n", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellationStopsWatchingAfterTheCurrentBuild()
    {
        using var stop = new CancellationTokenSource();
        var watch = Watch(stop.Token);
        errors.WaitFor("exoreport: build 1: ");

        await stop.CancelAsync();

        Assert.Equal(ExitCodes.Ok, await watch.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.DoesNotContain("build 2", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuietWatchPrintsOnlyErrors()
    {
        cli.Write("evidence.yaml", ExampleEvidence.WithMisspeltKey());

        var exit = await Watch(CancellationToken.None, "--max-builds", "1", "--quiet");

        Assert.Equal(ExitCodes.Invalid, exit);
        Assert.Equal("", output.ToString());
        Assert.Equal(
            "evidence.yaml:8:3: error EXO020: missing required key 'authors' in review\n"
            + "evidence.yaml:9:3: error EXO022: unknown key 'autors' in review; did you mean 'authors'?\n"
            + "exoreport: build 1 failed; waiting for the next save\n",
            errors.ToString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void MaxBuildsBelowOneIsAUsageError(string count)
    {
        var result = cli.Run("watch", "evidence.yaml", "--max-builds", count);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.StartsWith("exoreport: --max-builds must be 1 or more\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UsageErrorsExitTwoBeforeWatching()
    {
        var result = cli.Run("watch", "evidence.yaml", "--format", "docx", "--max-builds", "1");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.DoesNotContain("watching", result.Error, StringComparison.Ordinal);
    }
}

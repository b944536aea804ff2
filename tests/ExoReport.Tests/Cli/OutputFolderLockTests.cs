using ExoReport.Build;
using ExoReport.Cli;

namespace ExoReport.Tests.Cli;

/// <summary>The lock that makes builds into one output folder take turns.</summary>
public sealed class OutputFolderLockTests : IDisposable
{
    private readonly CliSession cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void ASecondHolderWaitsAndGivesUpWithAMessage()
    {
        using var first = OutputFolderLock.Acquire(cli.Full("out"), TimeSpan.FromSeconds(1));
        var waited = false;

        var error = Assert.Throws<IOException>(() => OutputFolderLock.Acquire(cli.Full("out"), TimeSpan.FromMilliseconds(100), () => waited = true));

        Assert.True(waited);
        Assert.StartsWith("another build has been writing to this folder for over 0.1 s (it holds .exoreport.lock)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLockIsFreeAgainOnceReleased()
    {
        OutputFolderLock.Acquire(cli.Full("out"), TimeSpan.FromSeconds(1)).Dispose();

        using var again = OutputFolderLock.Acquire(cli.Full("out"), TimeSpan.FromSeconds(1), () => Assert.Fail("waited for a released lock"));

        Assert.True(File.Exists(cli.Full("out/" + OutputFolderLock.FileName)));
    }

    [Fact]
    public void APathProblemIsReportedAtOnceNotWaitedOn()
    {
        cli.Write("file", "x");

        Assert.ThrowsAny<IOException>(() => OutputFolderLock.Acquire(cli.Full("file/out"), TimeSpan.FromMinutes(10), () => Assert.Fail("waited on a path problem")));
    }

    [Fact]
    public async Task ABuildWaitsForTheHolderAndThenWrites()
    {
        cli.Write("evidence.yaml", ExampleEvidence.Text);
        var errors = new SharedWriter();
        int exit;
        using (var held = OutputFolderLock.Acquire(cli.Full("out"), TimeSpan.FromSeconds(1)))
        {
            var build = Task.Run(() => cli.Run(new StringWriter(), errors, ["build", "evidence.yaml", "--out", "out", "--format", "md"]));
            errors.WaitFor("exoreport: " + OutputWriter.WaitingMessage);
            Assert.False(File.Exists(cli.Full("out/report.md")));
            Assert.False(build.IsCompleted);
            held.Dispose();
            exit = await build;
        }

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.True(File.Exists(cli.Full("out/report.md")));
    }
}

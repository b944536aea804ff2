using System.Text.RegularExpressions;
using ExoReport.Cli;

namespace ExoReport.Tests.Cli;

/// <summary>--help for the tool and every command (with examples and exit codes), --version, and a bare call.</summary>
public sealed class HelpAndVersionTests : IDisposable
{
    private readonly CliSession cli = new();

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData("build", "--format", "--numbering", "--templates", "--check", "--quiet", "--out")]
    [InlineData("check", "--format")]
    [InlineData("diff", "--git", "--format")]
    [InlineData("init", "--templates")]
    [InlineData("watch", "--max-builds", "--interval", "--format", "--out")]
    [InlineData("schema")]
    public void EveryCommandHelpShowsItsOptionsExamplesAndExitCodes(string command, params string[] options)
    {
        foreach (var ask in new[] { "--help", "-h" })
        {
            var result = cli.Run(command, ask);

            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            Assert.Equal("", result.Error);
            var help = result.Out;
            Assert.Contains($"Usage:\n  exoreport {command}", help, StringComparison.Ordinal);
            Assert.All(options, option => Assert.Contains(option, help, StringComparison.Ordinal));
            Assert.Contains("\nExamples:\n", help, StringComparison.Ordinal);
            Assert.Matches($@"\n  exoreport {command}\b", help);
            Assert.Contains("\nExit codes", help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HelpNeedsNoArguments()
    {
        // build's FILE is required, but asking for help is not an error.
        var result = cli.Run("build", "--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("<FILE>", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ToolHelpListsEveryCommandOnOneLineEachWithExamples()
    {
        var result = cli.Run("--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var help = result.Out;
        foreach (var command in new[] { "build", "check", "diff", "init", "watch", "schema" })
            Assert.Matches(new Regex($@"^  {command}\b.*\.", RegexOptions.Multiline), help);
        var commands = help[help.IndexOf("Commands:\n", StringComparison.Ordinal)..help.IndexOf("\nExamples:\n", StringComparison.Ordinal)];
        Assert.Equal(6, commands.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
        Assert.Contains("  exoreport init my-review", help, StringComparison.Ordinal);
        Assert.Contains("Run 'exoreport COMMAND --help'", help, StringComparison.Ordinal);
    }

    [Fact]
    public void VersionPrintsTheVersion()
    {
        var result = cli.Run("--version");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]+)?\n$", result.Out);
    }

    [Fact]
    public void NoCommandExitsTwoAndPointsToHelp()
    {
        var result = cli.Run();

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.EndsWith("Run 'exoreport --help' for usage.\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommandExitsTwo()
    {
        var result = cli.Run("publish", "evidence.yaml");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("'publish'", result.Error, StringComparison.Ordinal);
    }
}

using ExoReport.Cli;

namespace ExoReport.Tests.Cli;

/// <summary>
/// <c>exoreport check</c> is tested in depth in Evidence/CheckCommandTests; here only what the command line
/// adds around it: empty arguments, and the example file that init writes checking clean of errors.
/// </summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly CliSession cli = new();

    public CheckCommandTests() => cli.Write("evidence.yaml", ExampleEvidence.Text);

    public void Dispose() => cli.Dispose();

    [Fact]
    public void ExampleFileHasNoErrors()
    {
        var result = cli.Run("check", "evidence.yaml");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("0 errors, 1 warning in 1 file\n", result.Error);
    }

    [Fact]
    public void EmptyArgumentIsAUsageErrorNotTheCurrentFolder()
    {
        var result = cli.Run("check", "");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.StartsWith("exoreport: FILE has an empty value (an unset shell variable?)\n", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }
}

using ExoReport.Cli;

namespace ExoReport.Tests.Cli;

/// <summary>
/// A failure no diagnostic foresaw: one clear line and exit code 3 (or 2 for the environment's I/O errors), never
/// System.CommandLine's stack trace with exit code 1, which would read as "invalid evidence".
/// </summary>
public sealed class UnexpectedErrorTests : IDisposable
{
    private readonly CliSession cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void AFailingCommandExitsWithThreeAndNoStackTrace()
    {
        // stdout that breaks mid-command (a closed pipe would do the same): the schema command cannot print.
        var errors = new StringWriter { NewLine = "\n" };
        var code = cli.Run(new FailingWriter(new InvalidOperationException("the writer broke")), errors, ["schema"]);

        Assert.Equal(ExitCodes.InternalError, code);
        var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("exoreport: internal error: InvalidOperationException: the writer broke", lines[0]);
        Assert.Contains(lines, line => line.Contains(UnexpectedErrorReport.StackTraceVariable + "=1", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public void AnInputOutputErrorIsTheEnvironmentsAndExitsWithTwo()
    {
        var errors = new StringWriter { NewLine = "\n" };
        var code = cli.Run(new FailingWriter(new IOException("No space left on device")), errors, ["schema"]);

        Assert.Equal(ExitCodes.UsageOrIo, code);
        Assert.Equal("exoreport: error: No space left on device\n", errors.ToString());
    }

    [Fact]
    public void TheStackTraceIsPrintedWhenAskedFor()
    {
        var errors = new StringWriter { NewLine = "\n" };
        Exception thrown;
        try
        {
            throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException e)
        {
            thrown = e;
        }

        var code = UnexpectedErrorReport.Write(thrown, errors, withStackTrace: true);

        Assert.Equal(ExitCodes.InternalError, code);
        Assert.Contains("   at ", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains(nameof(TheStackTraceIsPrintedWhenAskedFor), errors.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A writer that throws the given exception on the first thing written to it.</summary>
    private sealed class FailingWriter(Exception failure) : StringWriter
    {
        public override void Write(char value) => throw failure;
        public override void Write(string? value) => throw failure;
        public override void Write(char[] buffer, int index, int count) => throw failure;
        public override void WriteLine(string? value) => throw failure;
    }
}

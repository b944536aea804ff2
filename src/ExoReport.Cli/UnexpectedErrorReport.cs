namespace ExoReport.Cli;

/// <summary>
/// What the user sees when a command fails in a way no diagnostic foresaw: one line saying what went wrong and
/// how to report it, never a stack trace (unless asked for), and an exit code a CI script can tell apart.
/// Outputs are safe whatever failed: they are only ever moved into place whole.
/// </summary>
public static class UnexpectedErrorReport
{
    /// <summary>Set to 1 to have the stack trace printed after the message (for a bug report).</summary>
    public const string StackTraceVariable = "EXOREPORT_STACK_TRACE";

    public static int Write(Exception error, TextWriter stderr, bool withStackTrace)
    {
        if (error is IOException or UnauthorizedAccessException)
        {
            // A disk that filled up or a file another program holds: the user's environment, not our bug.
            stderr.WriteLine($"exoreport: error: {error.Message}");
            return ExitCodes.UsageOrIo;
        }
        stderr.WriteLine($"exoreport: internal error: {error.GetType().Name}: {error.Message}");
        stderr.WriteLine("This is a bug in exoreport, not in your evidence file; earlier outputs were left as they were.");
        stderr.WriteLine(withStackTrace
            ? error.ToString()
            : $"Please report it with the command you ran (set {StackTraceVariable}=1 to include the stack trace).");
        return ExitCodes.InternalError;
    }

    public static bool StackTraceRequested() => Environment.GetEnvironmentVariable(StackTraceVariable) == "1";
}

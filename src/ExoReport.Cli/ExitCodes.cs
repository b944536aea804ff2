namespace ExoReport.Cli;

/// <summary>Exit codes every command shares, so CI scripts can tell bad data from a bad command line.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The evidence is invalid, or (with --check) outputs are stale.</summary>
    public const int Invalid = 1;
    /// <summary>A usage error, or a file that cannot be read or written.</summary>
    public const int UsageOrIo = 2;
    /// <summary>A bug in exoreport itself (see <see cref="UnexpectedErrorReport"/>).</summary>
    public const int InternalError = 3;
}

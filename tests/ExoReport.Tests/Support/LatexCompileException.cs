namespace ExoReport.Tests.Support;

/// <summary>LaTeX stopped with an error; the message holds the error lines and the end of the log.</summary>
public sealed class LatexCompileException(string message, string log) : Exception(message)
{
    public string Log { get; } = log;
}

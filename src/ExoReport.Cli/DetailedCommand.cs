using System.CommandLine;

namespace ExoReport.Cli;

/// <summary>
/// A command with a one-line summary (its Description, all that the command list of <c>exoreport --help</c>
/// shows) and longer details, examples and exit codes, that only its own <c>--help</c> prints, after the options.
/// </summary>
public sealed class DetailedCommand(string name, string summary, string details) : Command(name, summary)
{
    public string Details { get; } = details;
}

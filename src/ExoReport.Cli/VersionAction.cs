using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace ExoReport.Cli;

/// <summary>
/// Prints this tool's version. The standard --version prints the entry assembly's, which is the test host's when
/// tests call <see cref="ExoReportApp.Run"/>; this one is the same wherever the command line runs.
/// </summary>
public sealed class VersionAction : SynchronousCommandLineAction
{
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString(3)
        ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Ok;
    }
}

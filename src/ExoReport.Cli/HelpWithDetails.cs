using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ExoReport.Cli;

/// <summary>
/// The standard help, followed by the details of the command asked about (<see cref="DetailedCommand"/>, or the
/// root's own), so each command's help ends with its examples and exit codes.
/// </summary>
public sealed class HelpWithDetails(HelpAction standard, Command root, string rootDetails) : SynchronousCommandLineAction
{
    // Like the standard help: "exoreport build --help" must not fail for the missing FILE.
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var exit = standard.Invoke(parseResult);
        var command = parseResult.CommandResult.Command;
        var details = command == root ? rootDetails : (command as DetailedCommand)?.Details;
        if (details is not null)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(details.TrimEnd());
            output.WriteLine();
        }
        return exit;
    }

    /// <summary>Puts this action on the root's --help option (System.CommandLine shares it with every subcommand).</summary>
    public static void Install(Command root, string rootDetails)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithDetails((HelpAction)help.Action!, root, rootDetails);
    }
}

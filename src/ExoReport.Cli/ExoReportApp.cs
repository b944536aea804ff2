using System.CommandLine;
using System.CommandLine.Help;
using ExoReport.Cli.Commands;

namespace ExoReport.Cli;

/// <summary>The exoreport command line: the same entry point for the executable and for tests.</summary>
public static class ExoReportApp
{
    private const string Summary = """
        ExoReport turns a YAML evidence file into a comparative review report: Markdown, LaTeX and PDF,
        with Table 1, an evidence matrix, mechanism summaries, charts and a numbered reference list.
        """;

    private const string Details = """
        Examples:
          exoreport init my-review                        a starter evidence file that builds as it is
          exoreport build my-review/evidence.yaml         the report in ./out/ (--out to choose)
          exoreport build data/exosomes-sci.yaml --format md,tex --out report/
          exoreport check data/                           validate every evidence file in a folder
          exoreport diff data/exosomes-sci.yaml --git origin/main
          exoreport watch data/exosomes-sci.yaml --format md

        Run 'exoreport COMMAND --help' for a command's options and examples.

        Exit codes (every command):
          0  success
          1  invalid evidence (or, with build --check, stale outputs)
          2  usage error, or a file or folder that cannot be read or written
          3  an internal error (a bug in exoreport: please report it)
        """;

    public static int Run(string[] args, CliConsole console, CancellationToken stop = default)
    {
        // A plain command named "exoreport" rather than RootCommand, whose name and version come from the process:
        // usage lines then say exoreport (not "testhost") wherever Run is called from.
        var root = new Command("exoreport", Summary)
        {
            new HelpOption(),
            new VersionOption { Action = new VersionAction() },
        };
        root.Subcommands.Add(BuildCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(DiffCommand.Create(console));
        root.Subcommands.Add(InitCommand.Create(console));
        root.Subcommands.Add(WatchCommand.Create(console, stop));
        root.Subcommands.Add(SchemaCommand.Create(console));
        HelpWithDetails.Install(root, Details);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                console.Error.WriteLine($"exoreport: {error.Message}");
            var command = parsed.CommandResult.Command;
            console.Error.WriteLine($"Run 'exoreport{(command == root ? "" : " " + command.Name)} --help' for usage.");
            return ExitCodes.UsageOrIo;
        }
        // Our own handler rather than System.CommandLine's, which prints a stack trace and exits with 1, the code
        // that means "invalid evidence" here.
        var invocation = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return parsed.Invoke(invocation);
        }
        catch (Exception e)
        {
            return UnexpectedErrorReport.Write(e, console.Error, UnexpectedErrorReport.StackTraceRequested());
        }
    }
}

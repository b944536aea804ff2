using System.CommandLine;
using ExoReport.Cli.Commands;

namespace ExoReport.Cli;

/// <summary>The exoreport command line: the same entry point for the executable and for tests.</summary>
public static class ExoReportApp
{
    public static int Run(string[] args, CliConsole console, CancellationToken stop = default)
    {
        var root = new RootCommand("""
            ExoReport turns a YAML evidence file into a comparative review report: Markdown, LaTeX and PDF,
            with Table 1, an evidence matrix, mechanism summaries, charts and a numbered reference list.

            Start with:  exoreport init my-review   then   exoreport build my-review/evidence.yaml
            """);
        root.Subcommands.Add(BuildCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(DiffCommand.Create(console));
        root.Subcommands.Add(InitCommand.Create(console));
        root.Subcommands.Add(WatchCommand.Create(console, stop));
        root.Subcommands.Add(SchemaCommand.Create(console));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                console.Error.WriteLine($"exoreport: {error.Message}");
            console.Error.WriteLine("Run 'exoreport --help' for usage.");
            return ExitCodes.UsageOrIo;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }
}

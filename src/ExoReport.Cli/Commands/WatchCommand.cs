using System.CommandLine;

namespace ExoReport.Cli.Commands;

/// <summary><c>exoreport watch FILE</c>: rebuild on every save, showing the error or the outputs that changed.</summary>
public static class WatchCommand
{
    private const string Summary = "Build, then rebuild whenever the evidence file (or a file in --templates) is saved.";

    private const string Details = """
        Each rebuild prints the errors, or the outputs that changed. A save that breaks the file prints its
        errors and watch keeps going; fix and save again. Stop with Ctrl+C (the current build finishes first).

        Examples:
          exoreport watch data/exosomes-sci.yaml --format md
          exoreport watch data/exosomes-sci.yaml --templates my-templates/ --out preview/

        Exit codes (when stopped): the exit code of the last build, as for build.
        """;

    public static Command Create(CliConsole console, CancellationToken stop)
    {
        var options = new BuildOptionSet();
        var maxBuilds = new Option<int?>("--max-builds") { HelpName = "N", Description = "Stop after this many builds (for scripts and tests); by default watch until Ctrl+C." };
        maxBuilds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() < 1)
                result.AddError("--max-builds must be 1 or more");
        });
        var interval = new Option<int>("--interval") { HelpName = "MS", Description = "How often to look for changes, in milliseconds.", DefaultValueFactory = _ => 300 };
        var command = new DetailedCommand("watch", Summary, Details);
        options.AddTo(command);
        command.Options.Add(maxBuilds);
        command.Options.Add(interval);
        command.SetAction(parse =>
        {
            var request = options.Read(parse, console, checkOnly: false);
            if (request is null)
                return ExitCodes.UsageOrIo;
            return new SourceWatcher(request, console, parse.GetValue(maxBuilds), Math.Max(20, parse.GetValue(interval))).Run(stop);
        });
        return command;
    }
}

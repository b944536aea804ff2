using System.CommandLine;

namespace ExoReport.Cli.Commands;

/// <summary><c>exoreport watch FILE</c>: rebuild on every save, showing the error or the outputs that changed.</summary>
public static class WatchCommand
{
    public static Command Create(CliConsole console, CancellationToken stop)
    {
        var options = new BuildOptionSet();
        var maxBuilds = new Option<int?>("--max-builds") { Description = "Stop after this many builds (for scripts and tests); by default watch until Ctrl+C." };
        var interval = new Option<int>("--interval") { Description = "How often to look for changes, in milliseconds.", DefaultValueFactory = _ => 300 };
        var command = new Command("watch", """
            Build, then rebuild whenever the evidence file (or a file in --templates) is saved. Each rebuild prints
            the errors, or the outputs that changed. Stop with Ctrl+C.

            Examples:
              exoreport watch data/exosomes-sci.yaml --format md
              exoreport watch data/exosomes-sci.yaml --templates my-templates/
            """);
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

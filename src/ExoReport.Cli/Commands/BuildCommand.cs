using System.CommandLine;

namespace ExoReport.Cli.Commands;

/// <summary><c>exoreport build FILE</c>: validate, synthesise and write the report in every requested format.</summary>
public static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new BuildOptionSet();
        var check = new Option<bool>("--check") { Description = "Build in memory and list the outputs that differ from those on disk; exit 1 when any does. Writes nothing." };
        var command = new Command("build", """
            Build the report from an evidence file: Markdown (report.md), LaTeX (report.tex), PDF (report.pdf),
            figures (figures/*.svg, .png, .pdf) and each table alone (tables/*.md, tables/*.tex).
            Only files whose bytes change are rewritten; a failed build leaves earlier outputs as they were.
            Exit codes: 0 built (or current with --check), 1 invalid evidence (or stale outputs with --check),
            2 usage or I/O error.

            Examples:
              exoreport build data/exosomes-sci.yaml
              exoreport build data/exosomes-sci.yaml --format md,tex --out report/
              exoreport build data/exosomes-sci.yaml --numbering appearance
              exoreport build data/exosomes-sci.yaml --check      (in CI: fail when committed outputs are stale)
            """);
        options.AddTo(command);
        command.Options.Add(check);
        command.SetAction(parse =>
        {
            var request = options.Read(parse, console, parse.GetValue(check));
            return request is null ? ExitCodes.UsageOrIo : BuildRunner.Run(request, console).ExitCode;
        });
        return command;
    }
}

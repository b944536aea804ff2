using System.CommandLine;

namespace ExoReport.Cli.Commands;

/// <summary><c>exoreport build FILE</c>: validate, synthesise and write the report in every requested format.</summary>
public static class BuildCommand
{
    private const string Summary = "Build the report from an evidence file: Markdown, LaTeX, PDF, each table alone, and figures.";

    private const string Details = """
        Writes into --out: report.md, report.tex, report.pdf, tables/NAME.md and tables/NAME.tex (each table
        alone, to paste or \input), figures/NAME.svg, .png and .pdf. Only files whose bytes change are rewritten;
        a failed build leaves earlier outputs as they were. Builds into the same folder take turns.

        Examples:
          exoreport build data/exosomes-sci.yaml
          exoreport build data/exosomes-sci.yaml --format md,tex --out report/
          exoreport build data/exosomes-sci.yaml --numbering appearance
          exoreport build data/exosomes-sci.yaml --templates my-templates/
          exoreport build data/exosomes-sci.yaml --check      in CI: fail when committed outputs are stale

        Exit codes:
          0  built (with --check: every output is current)
          1  invalid evidence (with --check: outputs differ from a fresh build; they are listed on stdout)
          2  usage error, evidence file not readable, or output folder not writable
          3  internal error (a bug in exoreport; earlier outputs are left as they were)
        """;

    public static Command Create(CliConsole console)
    {
        var options = new BuildOptionSet();
        var check = new Option<bool>("--check") { Description = "Build in memory and list the outputs that differ from those on disk; exit 1 when any does. Writes nothing." };
        var command = new DetailedCommand("build", Summary, Details);
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

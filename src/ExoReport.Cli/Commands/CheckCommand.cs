using System.CommandLine;
using ExoReport.Diagnostics;
using ExoReport.Evidence;

namespace ExoReport.Cli.Commands;

/// <summary><c>exoreport check FILE... [--format gnu|github|json]</c>: validate evidence files and print diagnostics.</summary>
public static class CheckCommand
{
    private const string OneLine = "Validate evidence files and print every problem with its file, line and column.";

    private const string Details = """
        Checks YAML syntax, the schema, ids and references. Warnings (unused references or taxonomy terms) do not
        fail the check.

        Examples:
          exoreport check data/exosomes-sci.yaml
          exoreport check data/                          every *.yaml and *.yml file in the folder
          exoreport check 'data/**/*.yaml' --format github   annotations on a GitHub pull request
          exoreport check data/exosomes-sci.yaml --format json > diagnostics.json

        Exit codes:
          0  every file is valid (warnings allowed)
          1  some evidence is invalid
          2  usage error, or a file that cannot be read
          3  internal error (a bug in exoreport; earlier outputs are left as they were)
        """;

    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Evidence files, folders (all *.yaml/*.yml inside) or quoted glob patterns ('data/**/*.yaml').",
        }.NonEmpty();
        var format = new Option<string>("--format")
        {
            Description = "How to print diagnostics: gnu (file:line:col: error EXO012: message), github (Actions annotations) or json (an array).",
            DefaultValueFactory = _ => "gnu",
            HelpName = "gnu|github|json",
        };
        format.AcceptOnlyFromAmong([.. DiagnosticFormatter.Names]);

        var command = new DetailedCommand("check", OneLine, Details) { files, format };
        command.SetAction(parsed =>
        {
            DiagnosticFormatter.TryParse(parsed.GetValue(format)!, out var chosen);
            return Run(console, parsed.GetValue(files)!, chosen);
        });
        return command;
    }

    private static int Run(CliConsole console, IReadOnlyList<string> arguments, DiagnosticFormat format)
    {
        var diagnostics = new List<Diagnostic>();
        var checkedFiles = 0;
        var couldNotRead = false;
        foreach (var argument in arguments)
        {
            var (targets, problem) = EvidenceFileFinder.Find(argument, console);
            if (problem is not null)
            {
                diagnostics.Add(problem);
                couldNotRead = true;
            }
            foreach (var target in targets)
            {
                var result = EvidenceLoader.LoadFile(target.FullPath, target.DisplayPath);
                diagnostics.AddRange(result.Diagnostics);
                couldNotRead |= result.CouldNotRead;
                checkedFiles++;
            }
        }

        console.Out.Write(DiagnosticFormatter.Format(diagnostics, format));
        if (format == DiagnosticFormat.Gnu)
            console.Error.WriteLine(Summary(diagnostics, checkedFiles));
        if (couldNotRead)
            return ExitCodes.UsageOrIo;
        return diagnostics.Any(d => d.IsError) ? ExitCodes.Invalid : ExitCodes.Ok;
    }

    /// <summary>"2 errors, 1 warning in 1 file".</summary>
    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics, int files)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{Count(errors, "error")}, {Count(warnings, "warning")} in {Count(files, "file")}";
    }

    private static string Count(int n, string noun) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}

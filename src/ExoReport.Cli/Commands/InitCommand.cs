using System.CommandLine;
using ExoReport.Init;

namespace ExoReport.Cli.Commands;

/// <summary><c>exoreport init DIR</c>: a new evidence project that builds as it is.</summary>
public static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var directory = new Argument<string>("DIR") { Description = "The folder for the new project; created when missing.", DefaultValueFactory = _ => "." };
        var templates = new Option<bool>("--templates") { Description = "Also copy the shipped templates into DIR/templates/ to edit; build with --templates DIR/templates." };
        var command = new Command("init", """
            Start a new evidence project: DIR/evidence.yaml (a small example that builds as it is) and
            DIR/evidence.schema.json (so editors complete and check the file). Existing files are never overwritten.

            Examples:
              exoreport init my-review
              exoreport init my-review --templates
              exoreport build my-review/evidence.yaml --out my-review/out
            """)
        {
            directory, templates,
        };
        command.SetAction(parse =>
        {
            var shown = parse.GetValue(directory)!;
            var withTemplates = parse.GetValue(templates);
            try
            {
                var written = ProjectInitializer.Create(console.Resolve(shown), withTemplates);
                foreach (var path in written)
                    console.Out.WriteLine(Path.Combine(shown, path).Replace('\\', '/'));
                var evidence = Path.Combine(shown, ProjectInitializer.EvidenceFileName).Replace('\\', '/');
                console.Error.WriteLine($"exoreport: created {written.Count} files; next: exoreport build {evidence}"
                    + (withTemplates ? $" --templates {Path.Combine(shown, "templates").Replace('\\', '/')}" : ""));
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"{shown}: error EXO012: {e.Message}");
                return ExitCodes.UsageOrIo;
            }
        });
        return command;
    }
}

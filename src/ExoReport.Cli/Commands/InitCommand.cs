using ExoReport.Build;
using System.CommandLine;
using ExoReport.Init;

namespace ExoReport.Cli.Commands;

/// <summary><c>exoreport init DIR</c>: a new evidence project that builds as it is.</summary>
public static class InitCommand
{
    private const string Summary = "Start a new evidence project: an example evidence file that builds as it is, and its schema.";

    private const string Details = """
        Creates DIR/evidence.yaml (a small example that builds as it is) and DIR/evidence.schema.json (so editors
        complete and check the file); with --templates also DIR/templates/, a copy of the shipped templates to
        edit. Existing files are never overwritten: if any would be, nothing is written.

        Examples:
          exoreport init my-review
          exoreport build my-review/evidence.yaml --out my-review/out
          exoreport init my-review --templates
          exoreport build my-review/evidence.yaml --templates my-review/templates

        Exit codes:
          0  created
          2  a file already exists, or the folder cannot be written
          3  internal error (a bug in exoreport; earlier outputs are left as they were)
        """;

    public static Command Create(CliConsole console)
    {
        var directory = new Argument<string>("DIR") { Description = "The folder for the new project; created when missing.", DefaultValueFactory = _ => "." }.NonEmpty();
        var templates = new Option<bool>("--templates") { Description = "Also copy the shipped templates into DIR/templates/ to edit; build with --templates DIR/templates." };
        var command = new DetailedCommand("init", Summary, Details)
        {
            directory, templates,
        };
        command.SetAction(parse =>
        {
            var shown = parse.GetValue(directory)!;
            var withTemplates = parse.GetValue(templates);
            var full = console.Resolve(shown);
            // Checked here as well as in the library, to name the files as the user sees them (not absolute paths).
            var existing = ProjectInitializer.Files(withTemplates).Select(f => f.RelativePath)
                .Where(p => File.Exists(Path.Combine(full, p))).ToList();
            if (existing.Count > 0)
            {
                console.Error.WriteLine($"{shown}: error {BuildCodes.InitWouldOverwrite}: {string.Join(", ", existing)} already "
                    + (existing.Count == 1 ? "exists" : "exist") + "; init never overwrites a file, so nothing was written");
                return ExitCodes.UsageOrIo;
            }
            try
            {
                var written = ProjectInitializer.Create(full, withTemplates);
                foreach (var path in written)
                    console.Out.WriteLine(Path.Combine(shown, path).Replace('\\', '/'));
                var evidence = Path.Combine(shown, ProjectInitializer.EvidenceFileName).Replace('\\', '/');
                console.Error.WriteLine($"exoreport: created {written.Count} files; next: exoreport build {evidence}"
                    + (withTemplates ? $" --templates {Path.Combine(shown, "templates").Replace('\\', '/')}" : ""));
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"{shown}: error {BuildCodes.InitWouldOverwrite}: {e.Message}");
                return ExitCodes.UsageOrIo;
            }
        });
        return command;
    }
}

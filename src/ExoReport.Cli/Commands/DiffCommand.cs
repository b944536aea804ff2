using ExoReport.Build;
using System.CommandLine;
using ExoReport.Diff;
using ExoReport.Evidence;

namespace ExoReport.Cli.Commands;

/// <summary><c>exoreport diff OLD NEW</c> or <c>exoreport diff FILE --git REV</c>: what changed in the evidence.</summary>
public static class DiffCommand
{
    private const string Summary = "Show what changed between two versions of an evidence file.";

    private const string Details = """
        Lists studies added, removed and changed (field by field), Table 1 rows that print differently, and
        references added, removed and changed. --format md is meant for a pull-request comment or job summary.

        Examples:
          exoreport diff old.yaml data/exosomes-sci.yaml --format text
          exoreport diff data/exosomes-sci.yaml --git HEAD~1
          exoreport diff data/exosomes-sci.yaml --git origin/main --format md >> "$GITHUB_STEP_SUMMARY"

        Exit codes:
          0  compared (whether or not anything changed)
          1  one of the versions is invalid evidence
          2  usage error, a file that cannot be read, or a revision git cannot show
             (a file that did not exist yet at REV is compared as empty: everything in it is added)
          3  internal error (a bug in exoreport; earlier outputs are left as they were)
        """;

    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILES") { Description = "OLD and NEW evidence files, or one FILE with --git.", Arity = new ArgumentArity(1, 2) }.NonEmpty();
        var format = new Option<string>("--format") { Description = "md (a pull-request comment) or text.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "text");
        var git = new Option<string?>("--git") { HelpName = "REV", Description = "Take OLD from this git revision of FILE (e.g. origin/main, HEAD~1)." }.NonEmpty();
        var command = new DetailedCommand("diff", Summary, Details)
        {
            files, format, git,
        };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files)!;
            var revision = parse.GetValue(git);
            if ((revision is null && paths.Length != 2) || (revision is not null && paths.Length != 1))
            {
                console.Error.WriteLine("exoreport: diff needs OLD and NEW files, or one FILE with --git REV");
                return ExitCodes.UsageOrIo;
            }
            var newPath = paths[^1];
            EvidenceLoadResult? before;
            string oldName;
            if (revision is null)
            {
                before = EvidenceLoader.LoadFile(console.Resolve(paths[0]), paths[0]);
                oldName = paths[0];
            }
            else
            {
                oldName = $"{revision}:{newPath}";
                var text = GitRevision.Show(console.Resolve(newPath), revision, out var absent, out var error);
                if (absent)
                {
                    // The file is new since that revision: everything in it is added.
                    oldName = $"{revision}:{newPath} (not there yet)";
                    before = null;
                }
                else if (text is null)
                {
                    console.Error.WriteLine($"{newPath}: error {BuildCodes.GitRevisionUnreadable}: {error}");
                    return ExitCodes.UsageOrIo;
                }
                else
                {
                    before = EvidenceLoader.LoadText(oldName, text);
                }
            }
            var after = EvidenceLoader.LoadFile(console.Resolve(newPath), newPath);
            var beforeDiagnostics = before?.Diagnostics ?? [];
            DiagnosticPrinter.Print(beforeDiagnostics.Concat(after.Diagnostics).Where(d => d.IsError), console);
            if (before?.CouldNotRead == true || after.CouldNotRead)
                return ExitCodes.UsageOrIo;
            if ((before is not null && before.Evidence is null) || after.Evidence is null)
                return ExitCodes.Invalid;
            var changes = EvidenceDiff.Compare(before?.Evidence ?? Empty(after.Evidence), after.Evidence);
            console.Out.Write(parse.GetValue(format) == "text"
                ? EvidenceDiffFormatter.Text(changes, oldName, newPath)
                : EvidenceDiffFormatter.Markdown(changes, oldName, newPath));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The evidence a new file is compared with: the same review and taxonomy, no records.</summary>
    private static Evidence.Model.EvidenceFile Empty(Evidence.Model.EvidenceFile file) =>
        file with { References = [], Studies = [], Clinical = [] };
}

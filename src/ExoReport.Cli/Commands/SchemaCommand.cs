using System.CommandLine;
using ExoReport.Evidence.Schema;

namespace ExoReport.Cli.Commands;

/// <summary><c>exoreport schema</c>: print the JSON Schema of evidence files, the one the loader validates with.</summary>
public static class SchemaCommand
{
    private const string Summary = "Print the JSON Schema (draft-07) that evidence files are validated against.";

    private const string Details = """
        Editors use the schema for completion and inline errors: start the YAML file with
          # yaml-language-server: $schema=../schema/evidence.schema.json

        Examples:
          exoreport schema
          exoreport schema > schema/evidence.schema.json

        Exit codes:
          0  always
        """;

    public static Command Create(CliConsole console)
    {
        var command = new DetailedCommand("schema", Summary, Details);
        command.SetAction(_ =>
        {
            var text = EvidenceSchema.Text;
            console.Out.Write(text.EndsWith('\n') ? text : text + "\n");
            return ExitCodes.Ok;
        });
        return command;
    }
}

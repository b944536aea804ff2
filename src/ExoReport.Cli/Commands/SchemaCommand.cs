using System.CommandLine;

namespace ExoReport.Cli.Commands;

public static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("schema", "TODO");
        command.SetAction(_ => { console.Error.WriteLine("not implemented yet"); return ExitCodes.UsageOrIo; });
        return command;
    }
}

using System.CommandLine;

namespace ExoReport.Cli.Commands;

public static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("build", "TODO");
        command.SetAction(_ => { console.Error.WriteLine("not implemented yet"); return ExitCodes.UsageOrIo; });
        return command;
    }
}

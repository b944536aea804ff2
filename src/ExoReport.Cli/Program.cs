namespace ExoReport.Cli;

public static class Program
{
    public static int Main(string[] args) => ExoReportApp.Run(args, CliConsole.System());
}

namespace ExoReport.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // Let watch finish its current build and exit cleanly instead of being killed mid-write.
            e.Cancel = true;
            stop.Cancel();
        };
        return ExoReportApp.Run(args, CliConsole.System(), stop.Token);
    }
}

namespace ExoReport.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        using var stop = new CancellationTokenSource();
        // Only watch stops gracefully: the first Ctrl+C lets its current build finish and exits cleanly. Any other
        // command, or a second Ctrl+C, ends the process at once as usual; that is safe because outputs are only
        // ever moved into place whole. (Swallowing Ctrl+C everywhere would make a long build ignore it.)
        var watching = args.Length > 0 && args[0] == "watch";
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = watching && !stop.IsCancellationRequested;
            stop.Cancel();
        };
        return ExoReportApp.Run(args, CliConsole.System(), stop.Token);
    }
}

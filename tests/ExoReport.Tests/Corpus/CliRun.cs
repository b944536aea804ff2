using System.Diagnostics;
using ExoReport.Cli;

namespace ExoReport.Tests.Corpus;

/// <summary>
/// One run of the exoreport command line, as a user would see it, and what it cost: wall time, the growth of
/// the process's resident memory at its peak (sampled every few milliseconds), and the bytes allocated on the
/// run's thread (churn, for information: a loop may allocate gigabytes while holding a few megabytes).
/// </summary>
public sealed record CliRun(int ExitCode, string Out, string Error, TimeSpan Elapsed, long PeakMemoryGrowth, long AllocatedBytes)
{
    /// <summary>
    /// Runs <c>exoreport ARGS</c> through <see cref="ExoReportApp.Run"/> on a thread of its own. A run still going
    /// after <see cref="ResourceBounds.Hang"/> fails the test instead of hanging the suite. An exception escaping
    /// Run is returned in <see cref="Error"/> as it would reach a user (a crash), so the stack-trace check sees it.
    /// </summary>
    public static CliRun Start(string currentDirectory, params string[] args)
    {
        CliRun? result = null;
        var baseline = Environment.WorkingSet;
        var peak = baseline;
        var thread = new Thread(() => result = RunHere(currentDirectory, args)) { IsBackground = true, Name = "corpus case" };
        thread.Start();
        var clock = Stopwatch.StartNew();
        while (!thread.Join(TimeSpan.FromMilliseconds(5)))
        {
            peak = Math.Max(peak, Environment.WorkingSet);
            if (clock.Elapsed > ResourceBounds.Hang)
                Assert.Fail($"exoreport {string.Join(' ', args)} did not finish within {ResourceBounds.Hang.TotalSeconds:0} s (hang)");
        }
        peak = Math.Max(peak, Environment.WorkingSet);
        return result! with { PeakMemoryGrowth = peak - baseline };
    }

    private static CliRun RunHere(string currentDirectory, string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(output, error, IsTerminal: false, currentDirectory);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        int exit;
        try
        {
            exit = ExoReportApp.Run(args, console);
        }
        catch (Exception e)
        {
            // What the executable would print: the runtime's unhandled-exception report.
            error.WriteLine("Unhandled exception. " + e);
            exit = 134;
        }
        clock.Stop();
        return new CliRun(exit, output.ToString(), error.ToString(), clock.Elapsed, 0, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }

    public string Summary => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"exit {ExitCode}, {Elapsed.TotalMilliseconds:0} ms, peak memory +{PeakMemoryGrowth / (1024.0 * 1024):0} MiB, {AllocatedBytes / (1024.0 * 1024):0} MiB allocated");
}

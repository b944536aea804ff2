using System.Diagnostics;
using System.Globalization;
using ExoReport.Build;
using ExoReport.Writers.Charts;

namespace ExoReport.Cli;

/// <summary>What <c>build</c> and <c>watch</c> were asked to do.</summary>
public sealed record BuildRequest(string File, string OutputDirectory, BuildOptions Options, bool CheckOnly, bool Quiet);

/// <summary>The exit code of one build, and the outputs it rewrote.</summary>
public sealed record BuildOutcome(int ExitCode, IReadOnlyList<string> Written);

/// <summary>One build from the command line: load, build in memory, then write (or compare, with --check).</summary>
public static class BuildRunner
{
    /// <summary>
    /// Runs one build. <paramref name="chatty"/> adds the progress lines and the closing summary of a lone build;
    /// watch turns it off and prints its own line per build. Errors are always printed; warnings unless --quiet.
    /// <paramref name="figureCache"/> is watch's: charts unchanged since its previous build are not rendered again.
    /// </summary>
    public static BuildOutcome Run(BuildRequest request, CliConsole console, bool chatty = true, FigureCache? figureCache = null)
    {
        var clock = Stopwatch.StartNew();
        BuildWarmUp.Start(request.Options.Formats);
        var progress = new ProgressReporter(console, quiet: request.Quiet || !chatty);
        progress.Report("loading " + request.File);
        var loaded = EvidenceInput.Load(request.File, console, errorsOnly: request.Quiet);
        if (loaded.Evidence is null)
        {
            progress.Done();
            return new BuildOutcome(loaded.ExitCode, []);
        }

        ReleaseLoaderMemory(request.File, console);
        var result = ReportBuilder.Build(loaded.Evidence, request.Options, progress, figureCache);
        progress.Done();
        DiagnosticPrinter.Print(result.Diagnostics, console, errorsOnly: request.Quiet);
        if (!result.Succeeded)
            return new BuildOutcome(ExitCodes.Invalid, []);

        var outputDirectory = console.Resolve(request.OutputDirectory);
        var shownDirectory = request.OutputDirectory.TrimEnd('/', '\\') + "/";
        try
        {
            if (request.CheckOnly)
                return new BuildOutcome(ReportStale(OutputWriter.Stale(outputDirectory, result.Files), shownDirectory, console, request.Quiet), []);

            var written = OutputWriter.Write(outputDirectory, result.Files, progress);
            progress.Done();
            var changed = written.Where(w => w.Status == OutputStatus.Written).Select(w => w.RelativePath).ToList();
            if (chatty && !request.Quiet)
            {
                var seconds = clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
                console.Error.WriteLine($"exoreport: wrote {changed.Count} of {written.Count} files to {shownDirectory} ({written.Count - changed.Count} unchanged) in {seconds} s");
            }
            return new BuildOutcome(ExitCodes.Ok, changed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            progress.Done();
            console.Error.WriteLine($"{shownDirectory}: error {BuildCodes.OutputNotWritable}: cannot write the outputs: {e.Message}; earlier outputs were left as they were");
            return new BuildOutcome(ExitCodes.UsageOrIo, []);
        }
    }

    /// <summary>
    /// Loading a large evidence file builds big intermediate trees (YAML nodes, JSON, a source map: about half a
    /// gigabyte for 10,000 studies) that are garbage once the model is built. Collecting them here, before the
    /// writers start allocating side by side, keeps the build's peak memory to what the writers need; for a small
    /// file it is not worth a collection.
    /// </summary>
    private static void ReleaseLoaderMemory(string file, CliConsole console)
    {
        const long LargeFileBytes = 2 * 1024 * 1024;
        var info = new FileInfo(console.Resolve(file));
        if (info.Exists && info.Length >= LargeFileBytes)
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private static int ReportStale(IReadOnlyList<string> stale, string shownDirectory, CliConsole console, bool quiet)
    {
        if (stale.Count == 0)
        {
            if (!quiet)
                console.Error.WriteLine($"exoreport: all outputs in {shownDirectory} are current");
            return ExitCodes.Ok;
        }
        foreach (var path in stale)
            console.Out.WriteLine(shownDirectory + path);
        console.Error.WriteLine($"exoreport: {stale.Count} output(s) in {shownDirectory} differ from a fresh build; run 'exoreport build' and commit them");
        return ExitCodes.Invalid;
    }
}

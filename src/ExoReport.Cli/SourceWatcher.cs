using ExoReport.Writers.Charts;

namespace ExoReport.Cli;

/// <summary>
/// Rebuilds when the inputs change. It polls a fingerprint (size and write time of the evidence file and of
/// every template file) rather than relying on file-system events, which editors' save-by-rename and network
/// or container file systems make unreliable. The rendered charts are kept from one build to the next, so a save
/// that leaves a chart's data as it was does not render that chart again.
/// </summary>
public sealed class SourceWatcher(BuildRequest request, CliConsole console, int? maxBuilds, int intervalMilliseconds)
{
    public int Run(CancellationToken stop)
    {
        var builds = 0;
        using var figures = new FigureCache();
        var lastExit = ExitCodes.Ok;
        string? seen = null;
        if (!request.Quiet)
            console.Error.WriteLine($"exoreport: watching {request.File}{(request.Options.TemplatesDirectory is null ? "" : " and its templates")}; Ctrl+C stops");
        while (!stop.IsCancellationRequested && (maxBuilds is null || builds < maxBuilds))
        {
            var fingerprint = Fingerprint();
            if (fingerprint != seen)
            {
                seen = fingerprint;
                builds++;
                var outcome = BuildRunner.Run(request, console, chatty: false, figures);
                lastExit = outcome.ExitCode;
                Report(outcome, builds);
            }
            if (stop.WaitHandle.WaitOne(intervalMilliseconds))
                break;
        }
        return lastExit;
    }

    private void Report(BuildOutcome outcome, int build)
    {
        if (outcome.ExitCode != ExitCodes.Ok)
        {
            console.Error.WriteLine($"exoreport: build {build} failed; waiting for the next save");
            return;
        }
        if (request.Quiet)
            return;
        console.Error.WriteLine(outcome.Written.Count == 0
            ? $"exoreport: build {build}: outputs unchanged"
            : $"exoreport: build {build}: {outcome.Written.Count} output(s) changed");
        foreach (var path in outcome.Written)
            console.Out.WriteLine("  " + path);
    }

    private string Fingerprint()
    {
        var files = new List<string> { console.Resolve(request.File) };
        if (request.Options.TemplatesDirectory is { } templates && Directory.Exists(templates))
            files.AddRange(Directory.EnumerateFiles(templates, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        return string.Join("|", files.Select(f =>
        {
            var info = new FileInfo(f);
            return info.Exists ? $"{f}:{info.Length}:{info.LastWriteTimeUtc.Ticks}" : $"{f}:missing";
        }));
    }
}

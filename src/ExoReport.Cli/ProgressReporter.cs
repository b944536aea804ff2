namespace ExoReport.Cli;

/// <summary>
/// Shows which stage a build is in: one line rewritten in place on a terminal, plain lines when output is
/// redirected (CI logs), nothing with --quiet. Always on stderr, so stdout stays clean for --check lists.
/// </summary>
public sealed class ProgressReporter(CliConsole console, bool quiet) : IProgress<string>
{
    private bool _lineOpen;

    public void Report(string stage)
    {
        if (quiet)
            return;
        if (console.IsTerminal)
        {
            console.Error.Write($"\r\u001b[2K  {stage}…");
            _lineOpen = true;
        }
        else
        {
            console.Error.WriteLine($"exoreport: {stage}");
        }
    }

    public void Done()
    {
        if (_lineOpen)
            console.Error.Write("\r\u001b[2K");
        _lineOpen = false;
    }
}

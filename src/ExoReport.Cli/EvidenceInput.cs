using ExoReport.Evidence;
using ExoReport.Evidence.Model;

namespace ExoReport.Cli;

/// <summary>Loads the evidence file a command names, printing its diagnostics; shared by build and watch.</summary>
public static class EvidenceInput
{
    public sealed record Loaded(EvidenceFile? Evidence, int ExitCode);

    /// <summary>The evidence, or null with the exit code to return: 2 when the file cannot be read, 1 when it is invalid.</summary>
    public static Loaded Load(string path, CliConsole console, bool errorsOnly = false)
    {
        var result = EvidenceLoader.LoadFile(console.Resolve(path), displayPath: path);
        DiagnosticPrinter.Print(result.Diagnostics, console, errorsOnly);
        if (result.CouldNotRead)
            return new Loaded(null, ExitCodes.UsageOrIo);
        return result.Evidence is null ? new Loaded(null, ExitCodes.Invalid) : new Loaded(result.Evidence, ExitCodes.Ok);
    }
}

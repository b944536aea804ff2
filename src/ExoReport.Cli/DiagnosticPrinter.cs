using ExoReport.Diagnostics;

namespace ExoReport.Cli;

/// <summary>Prints diagnostics to stderr in the GNU form editors and CI logs understand.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, CliConsole console)
    {
        foreach (var diagnostic in diagnostics)
            console.Error.WriteLine(diagnostic.ToString());
    }
}

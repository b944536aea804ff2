using ExoReport.Diagnostics;

namespace ExoReport.Cli;

/// <summary>Prints diagnostics to stderr in the GNU form editors and CI logs understand.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Prints every diagnostic, or only the errors (for --quiet, whose promise is "errors only").</summary>
    public static void Print(IEnumerable<Diagnostic> diagnostics, CliConsole console, bool errorsOnly = false)
    {
        foreach (var diagnostic in diagnostics.Where(d => d.IsError || !errorsOnly))
            console.Error.WriteLine(diagnostic.ToString());
    }
}

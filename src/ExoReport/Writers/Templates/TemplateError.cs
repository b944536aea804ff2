using ExoReport.Diagnostics;

namespace ExoReport.Writers.Templates;

/// <summary>A template that does not parse or fails while rendering, with the template file, line and column.</summary>
public sealed class TemplateError(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}

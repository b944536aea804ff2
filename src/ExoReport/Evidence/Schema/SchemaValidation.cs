using ExoReport.Diagnostics;

namespace ExoReport.Evidence.Schema;

/// <summary>The schema errors found, and whether validation stopped before checking everything.</summary>
internal sealed record SchemaValidation(IReadOnlyList<Diagnostic> Errors, bool Truncated);

using ExoReport.Diagnostics;

namespace ExoReport.Evidence.Model;

/// <summary>A term of a taxonomy: a stable id for data, a label for readers, an optional description.</summary>
public sealed record TaxonomyTerm(string Id, string Label, string? Description, SourceSpan Where);

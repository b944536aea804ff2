using ExoReport.Diagnostics;

namespace ExoReport.Evidence.Model;

/// <summary>A cell source of exosomes (e.g. bone marrow MSC) and the category it belongs to (e.g. stem cells).</summary>
public sealed record CellSource(string Id, string Label, string Category, string? Abbreviation, SourceSpan Where);

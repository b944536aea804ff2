using ExoReport.Diagnostics;

namespace ExoReport.Evidence.Model;

/// <summary>The review the evidence file encodes. <see cref="Date"/> is the report date: output never reads a clock.</summary>
public sealed record ReviewInfo(
    string Title,
    IReadOnlyList<string> Authors,
    Condition Condition,
    string Date,
    IReadOnlyList<string> Keywords,
    string? Journal,
    int? Year,
    string? Doi,
    string? Source,
    SourceSpan Where);

/// <summary>The condition the review is about, e.g. spinal cord injury (SCI).</summary>
public sealed record Condition(string Name, string? Abbreviation);

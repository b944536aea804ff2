namespace ExoReport.Synthesis.Model;

/// <summary>A numbered reference, its parts kept apart so each format can style them (journal in italics, DOI as a link).</summary>
public sealed record ReferenceEntry(
    int Number,
    string Id,
    string Authors,
    string Title,
    string Journal,
    string Details,
    string? Doi,
    string? DoiUrl);

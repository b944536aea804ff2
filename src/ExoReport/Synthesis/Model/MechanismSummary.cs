namespace ExoReport.Synthesis.Model;

/// <summary>A mechanism category with the studies that report it, and the sources that have none there.</summary>
public sealed record MechanismSummary(
    string Id,
    string Label,
    string? Description,
    IReadOnlyList<MechanismStudy> Studies,
    IReadOnlyList<string> SourcesWithoutEvidence);

/// <summary>One study under a mechanism: source, cargo, pathway or target, effect, citation.</summary>
public sealed record MechanismStudy(
    string StudyId,
    string Source,
    string Cargo,
    string Pathway,
    string Effect,
    Citation Citation);

using ExoReport.Diagnostics;

namespace ExoReport.Evidence.Model;

/// <summary>
/// One study the review describes. <see cref="Findings"/> are the review's "mechanisms of spinal cord repair"
/// items, one per entry, in the review's words; <see cref="Effect"/> is the one-sentence summary the mechanism
/// sections use.
/// </summary>
public sealed record Study(
    string Id,
    string ReferenceId,
    string SourceId,
    string? SourceDetail,
    StudyModel? Model,
    Delivery? Delivery,
    IReadOnlyList<string> Findings,
    IReadOnlyList<string> MechanismIds,
    string? Effect,
    IReadOnlyList<Cargo> Cargo,
    IReadOnlyList<string> Pathways,
    Engineering? Engineering,
    IReadOnlyList<Limitation> Limitations,
    Table1Placement? Table1,
    SourceSpan Where);

/// <summary>The experimental model: species and injury (e.g. rat, contusion at T10).</summary>
public sealed record StudyModel(string? Species, string? Injury);

/// <summary>How the exosomes were given: a route id and the review's own wording ("Tail intravenous injection: siRNA-loaded exosomes").</summary>
public sealed record Delivery(string RouteId, string? Wording, SourceSpan Where);

/// <summary>A cargo molecule: kind is one of mirna, protein, drug, rna, other.</summary>
public sealed record Cargo(string Kind, string Name);

/// <summary>One limitation in the review's words, with the theme it counts towards.</summary>
public sealed record Limitation(string Text, string ThemeId, SourceSpan Where);

/// <summary>Where the study stands in Table 1 (1-based row).</summary>
public sealed record Table1Placement(int Row, SourceSpan Where);

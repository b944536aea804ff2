namespace ExoReport.Synthesis.Model;

/// <summary>
/// Everything a reader of the report sees, computed once from the evidence so that every format shows the same
/// content. Writers only lay it out.
/// </summary>
public sealed record Report(
    TitleBlock Title,
    Table1 Table1,
    EvidenceMatrix Matrix,
    IReadOnlyList<MechanismSummary> Mechanisms,
    DeliverySummary Delivery,
    IReadOnlyList<EngineeringEntry> Engineering,
    IReadOnlyList<ClinicalEntry> Clinical,
    IReadOnlyList<LimitationTheme> Limitations,
    IReadOnlyList<FigureEntry> Figures,
    IReadOnlyList<ReferenceEntry> References);

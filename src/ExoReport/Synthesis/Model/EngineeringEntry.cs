namespace ExoReport.Synthesis.Model;

/// <summary>An engineered or preconditioned exosome: strategy, agent, method, reported figures ("17.13 ± 1.64 %").</summary>
public sealed record EngineeringEntry(
    string StudyId,
    string Source,
    string Strategy,
    string Agent,
    string Method,
    IReadOnlyList<string> Figures,
    Citation Citation);

using ExoReport.Diagnostics;

namespace ExoReport.Evidence.Model;

/// <summary>Clinical evidence: a trial of exosomes in patients.</summary>
public sealed record ClinicalTrial(
    string Id,
    string ReferenceId,
    string? Phase,
    string SourceId,
    string RouteId,
    int? Patients,
    string? Population,
    int? FollowUpMonths,
    string Outcome,
    SourceSpan Where);

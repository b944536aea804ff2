namespace ExoReport.Synthesis.Model;

/// <summary>A clinical trial, ready to print.</summary>
public sealed record ClinicalEntry(
    string Id,
    string Phase,
    string Source,
    string Route,
    string Patients,
    string Population,
    string FollowUp,
    string Outcome,
    Citation Citation);

using System.Globalization;
using ExoReport.Synthesis.Model;

namespace ExoReport.Synthesis.Sections;

internal static class ClinicalBuilder
{
    public static IReadOnlyList<ClinicalEntry> Build(EvidenceIndex index, CitationNumbering numbering) =>
        index.Evidence.Clinical.Select(trial => new ClinicalEntry(
            Id: trial.Id,
            Phase: string.IsNullOrWhiteSpace(trial.Phase) ? TextDefaults.Missing : $"Phase {trial.Phase}",
            Source: index.SourceLabel(trial.SourceId),
            Route: index.Routes[trial.RouteId].Label,
            Patients: trial.Patients?.ToString(CultureInfo.InvariantCulture) ?? TextDefaults.Missing,
            Population: TextDefaults.OrMissing(trial.Population),
            FollowUp: trial.FollowUpMonths is { } months
                ? months.ToString(CultureInfo.InvariantCulture) + (months == 1 ? " month" : " months")
                : TextDefaults.Missing,
            Outcome: trial.Outcome,
            Citation: numbering.Cite(trial.ReferenceId))).ToList();
}

using ExoReport.Synthesis.Model;

namespace ExoReport.Synthesis.Sections;

internal static class MechanismSummaryBuilder
{
    public static IReadOnlyList<MechanismSummary> Build(EvidenceIndex index, CitationNumbering numbering)
    {
        // Taxonomy order, so the list reads the same way as the matrix.
        var studiedSources = index.Evidence.Taxonomy.Sources.Select(s => s.Id)
            .Where(id => index.Studies.Any(s => s.SourceId == id)).ToList();
        return index.Evidence.Taxonomy.Mechanisms.Select(mechanism =>
        {
            var studies = index.Studies.Where(s => s.MechanismIds.Contains(mechanism.Id)).ToList();
            var entries = studies.Select(s => new MechanismStudy(
                StudyId: s.Id,
                Source: index.SourceDisplay(s),
                Cargo: TextDefaults.JoinOrMissing(s.Cargo.Select(c => c.Name)),
                Pathway: TextDefaults.JoinOrMissing(s.Pathways),
                Effect: string.IsNullOrWhiteSpace(s.Effect) ? TextDefaults.JoinOrMissing(s.Findings) : s.Effect,
                Citation: numbering.Cite(s.ReferenceId))).ToList();
            var without = studiedSources
                .Where(id => studies.All(s => s.SourceId != id))
                .Select(index.SourceLabel)
                .ToList();
            return new MechanismSummary(mechanism.Id, mechanism.Label, mechanism.Description, entries, without);
        }).ToList();
    }
}

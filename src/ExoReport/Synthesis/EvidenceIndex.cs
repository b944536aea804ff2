using ExoReport.Evidence.Model;

namespace ExoReport.Synthesis;

/// <summary>Look-ups by id over a validated evidence file, shared by the section builders.</summary>
public sealed class EvidenceIndex
{
    public EvidenceIndex(EvidenceFile evidence)
    {
        Evidence = evidence;
        Sources = evidence.Taxonomy.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Categories = evidence.Taxonomy.SourceCategories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Mechanisms = evidence.Taxonomy.Mechanisms.ToDictionary(m => m.Id, StringComparer.Ordinal);
        Routes = evidence.Taxonomy.Routes.ToDictionary(r => r.Id, StringComparer.Ordinal);
        Strategies = evidence.Taxonomy.EngineeringStrategies.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Themes = evidence.Taxonomy.LimitationThemes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        References = evidence.References.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public EvidenceFile Evidence { get; }
    public IReadOnlyDictionary<string, CellSource> Sources { get; }
    public IReadOnlyDictionary<string, TaxonomyTerm> Categories { get; }
    public IReadOnlyDictionary<string, TaxonomyTerm> Mechanisms { get; }
    public IReadOnlyDictionary<string, DeliveryRoute> Routes { get; }
    public IReadOnlyDictionary<string, TaxonomyTerm> Strategies { get; }
    public IReadOnlyDictionary<string, TaxonomyTerm> Themes { get; }
    public IReadOnlyDictionary<string, Reference> References { get; }

    public IReadOnlyList<Study> Studies => Evidence.Studies;

    public string SourceLabel(string sourceId) => Sources.TryGetValue(sourceId, out var s) ? s.Label : sourceId;

    /// <summary>The source as a reader should see it: its label, with the study's own detail when that adds something.</summary>
    public string SourceDisplay(Study study)
    {
        var label = SourceLabel(study.SourceId);
        var detail = study.SourceDetail;
        return string.IsNullOrWhiteSpace(detail) || string.Equals(detail, label, StringComparison.OrdinalIgnoreCase)
            ? label
            : $"{label} ({detail})";
    }

    public int? Year(Study study) => References.TryGetValue(study.ReferenceId, out var r) ? r.Year : null;
}

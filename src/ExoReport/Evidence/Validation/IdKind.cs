using ExoReport.Evidence.Loading;
using ExoReport.Evidence.Model;

namespace ExoReport.Evidence.Validation;

/// <summary>
/// One namespace of ids (ids must be unique within a kind, not across kinds): its name in messages, the list
/// in the file that defines it, and how to read its ids from the model in file order.
/// </summary>
internal sealed record IdKind(string Name, string ListPath, Func<EvidenceFile, IReadOnlyList<string>> Ids, bool IsTaxonomy)
{
    public string ListPointer => "/" + ListPath.Replace('.', '/');

    /// <summary>The pointer to item <paramref name="index"/> of the defining list, e.g. /taxonomy/sources/2.</summary>
    public string ItemPointer(int index) => JsonPointerText.Child(ListPointer, index);

    public static readonly IdKind SourceCategory = new("source category", "taxonomy.source_categories", f => f.Taxonomy.SourceCategories.Select(t => t.Id).ToArray(), true);
    public static readonly IdKind Source = new("source", "taxonomy.sources", f => f.Taxonomy.Sources.Select(t => t.Id).ToArray(), true);
    public static readonly IdKind Mechanism = new("mechanism", "taxonomy.mechanisms", f => f.Taxonomy.Mechanisms.Select(t => t.Id).ToArray(), true);
    public static readonly IdKind Route = new("route", "taxonomy.routes", f => f.Taxonomy.Routes.Select(t => t.Id).ToArray(), true);
    public static readonly IdKind EngineeringStrategy = new("engineering strategy", "taxonomy.engineering_strategies", f => f.Taxonomy.EngineeringStrategies.Select(t => t.Id).ToArray(), true);
    public static readonly IdKind LimitationTheme = new("limitation theme", "taxonomy.limitation_themes", f => f.Taxonomy.LimitationThemes.Select(t => t.Id).ToArray(), true);
    public static readonly IdKind Reference = new("reference", "references", f => f.References.Select(r => r.Id).ToArray(), false);
    public static readonly IdKind Study = new("study", "studies", f => f.Studies.Select(s => s.Id).ToArray(), false);
    public static readonly IdKind ClinicalTrial = new("clinical trial", "clinical", f => f.Clinical.Select(c => c.Id).ToArray(), false);

    public static readonly IReadOnlyList<IdKind> All =
        [SourceCategory, Source, Mechanism, Route, EngineeringStrategy, LimitationTheme, Reference, Study, ClinicalTrial];
}

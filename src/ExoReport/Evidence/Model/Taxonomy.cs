namespace ExoReport.Evidence.Model;

/// <summary>The vocabularies a file defines for itself; nothing of the review's vocabulary lives in code.</summary>
public sealed record Taxonomy(
    IReadOnlyList<TaxonomyTerm> SourceCategories,
    IReadOnlyList<CellSource> Sources,
    IReadOnlyList<TaxonomyTerm> Mechanisms,
    IReadOnlyList<DeliveryRoute> Routes,
    IReadOnlyList<TaxonomyTerm> EngineeringStrategies,
    IReadOnlyList<TaxonomyTerm> LimitationThemes);

using ExoReport.Evidence.Model;

namespace ExoReport.Evidence.Validation;

/// <summary>A place where the file names an id of some kind, e.g. a study's <c>source</c>.</summary>
internal sealed record IdUsage(IdKind Kind, string Pointer, string Id)
{
    /// <summary>Every id the file uses, in file order: the one list both "unknown id" and "unused" checks read.</summary>
    public static IReadOnlyList<IdUsage> Collect(EvidenceFile file)
    {
        var usages = new List<IdUsage>();
        for (var i = 0; i < file.Taxonomy.Sources.Count; i++)
            usages.Add(new(IdKind.SourceCategory, EvidencePointer.Of("taxonomy", "sources", i, "category"), file.Taxonomy.Sources[i].Category));

        for (var i = 0; i < file.Studies.Count; i++)
        {
            var study = file.Studies[i];
            usages.Add(new(IdKind.Reference, EvidencePointer.Of("studies", i, "reference"), study.ReferenceId));
            usages.Add(new(IdKind.Source, EvidencePointer.Of("studies", i, "source"), study.SourceId));
            if (study.Delivery is { } delivery)
                usages.Add(new(IdKind.Route, EvidencePointer.Of("studies", i, "delivery", "route"), delivery.RouteId));
            for (var j = 0; j < study.MechanismIds.Count; j++)
                usages.Add(new(IdKind.Mechanism, EvidencePointer.Of("studies", i, "mechanisms", j), study.MechanismIds[j]));
            if (study.Engineering is { } engineering)
                usages.Add(new(IdKind.EngineeringStrategy, EvidencePointer.Of("studies", i, "engineering", "strategy"), engineering.StrategyId));
            for (var j = 0; j < study.Limitations.Count; j++)
                usages.Add(new(IdKind.LimitationTheme, EvidencePointer.Of("studies", i, "limitations", j, "theme"), study.Limitations[j].ThemeId));
        }

        for (var i = 0; i < file.Clinical.Count; i++)
        {
            var trial = file.Clinical[i];
            usages.Add(new(IdKind.Reference, EvidencePointer.Of("clinical", i, "reference"), trial.ReferenceId));
            usages.Add(new(IdKind.Source, EvidencePointer.Of("clinical", i, "source"), trial.SourceId));
            usages.Add(new(IdKind.Route, EvidencePointer.Of("clinical", i, "route"), trial.RouteId));
        }
        return usages;
    }
}

namespace ExoReport.Evidence.Validation;

/// <summary>
/// EXO041: every id the file uses (a study's reference, source, route, mechanisms, strategy, limitation themes;
/// a source's category; a trial's reference, source and route) must be defined, with a suggestion when a
/// defined id is close.
/// </summary>
internal sealed class UnknownIdCheck : IEvidenceCheck
{
    public void Run(ValidationContext context)
    {
        var defined = IdKind.All.ToDictionary(kind => kind, kind => kind.Ids(context.Evidence));
        var lookup = IdKind.All.ToDictionary(kind => kind, kind => defined[kind].ToHashSet(StringComparer.Ordinal));
        foreach (var usage in context.Usages)
        {
            if (lookup[usage.Kind].Contains(usage.Id))
                continue;
            var hint = NameSuggester.Suggest(usage.Id, defined[usage.Kind]) is { } suggestion
                ? $"; did you mean '{suggestion}'?"
                : $"; define it in {usage.Kind.ListPath}";
            context.Error(usage.Pointer, EvidenceCodes.UnknownId, $"unknown {usage.Kind.Name} '{usage.Id}'{hint}");
        }
    }
}

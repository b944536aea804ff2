namespace ExoReport.Evidence.Validation;

/// <summary>
/// EXO048/EXO049 (warnings): a reference no study or trial cites, or a taxonomy term nothing uses, is usually
/// left over from an edit. It does not make the file invalid. References marked <c>background: true</c> are
/// cited for context, not as evidence, and are expected to have no study.
/// </summary>
internal sealed class UnusedEntryCheck : IEvidenceCheck
{
    public void Run(ValidationContext context)
    {
        var used = context.Usages.Select(u => (u.Kind, u.Id)).ToHashSet();
        used.UnionWith(context.Evidence.References.Where(r => r.Background).Select(r => (IdKind.Reference, r.Id)));
        foreach (var kind in IdKind.All.Where(k => k.IsTaxonomy || k == IdKind.Reference))
        {
            var ids = kind.Ids(context.Evidence);
            for (var i = 0; i < ids.Count; i++)
            {
                if (used.Contains((kind, ids[i])))
                    continue;
                if (kind == IdKind.Reference)
                    context.Warning(kind.ItemPointer(i), EvidenceCodes.UnusedReference,
                        $"reference '{ids[i]}' is not cited by any study or clinical trial");
                else
                    context.Warning(kind.ItemPointer(i), EvidenceCodes.UnusedTaxonomyTerm,
                        $"{kind.Name} '{ids[i]}' is not used anywhere in the file");
            }
        }
    }
}

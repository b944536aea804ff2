using System.Globalization;
using ExoReport.Evidence.Loading;

namespace ExoReport.Evidence.Validation;

/// <summary>EXO040: an id defined twice within one kind (two sources 'bm-msc'); kinds are separate namespaces.</summary>
internal sealed class DuplicateIdCheck : IEvidenceCheck
{
    public void Run(ValidationContext context)
    {
        foreach (var kind in IdKind.All)
        {
            var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var ids = kind.Ids(context.Evidence);
            for (var i = 0; i < ids.Count; i++)
            {
                if (firstIndex.TryAdd(ids[i], i))
                    continue;
                var first = context.At(JsonPointerText.Child(kind.ItemPointer(firstIndex[ids[i]]), "id"));
                context.Error(JsonPointerText.Child(kind.ItemPointer(i), "id"), EvidenceCodes.DuplicateId,
                    string.Create(CultureInfo.InvariantCulture, $"duplicate {kind.Name} id '{ids[i]}': already defined at line {first.Line}"));
            }
        }
    }
}

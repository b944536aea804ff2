using System.Globalization;

namespace ExoReport.Evidence.Validation;

/// <summary>EXO045: two references with the same manuscript number would make citations ambiguous.</summary>
internal sealed class ReferenceNumberCheck : IEvidenceCheck
{
    public void Run(ValidationContext context)
    {
        var first = new Dictionary<int, int>();
        var references = context.Evidence.References;
        for (var i = 0; i < references.Count; i++)
        {
            if (references[i].Number is not { } number || first.TryAdd(number, i))
                continue;
            var other = references[first[number]];
            context.Error(EvidencePointer.Of("references", i, "number"), EvidenceCodes.DuplicateReferenceNumber,
                string.Create(CultureInfo.InvariantCulture,
                    $"reference number {number} is also used by '{other.Id}' (line {other.Where.Line}); each number belongs to one reference"));
        }
    }
}

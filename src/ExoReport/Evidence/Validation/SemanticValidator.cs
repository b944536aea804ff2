using ExoReport.Diagnostics;
using ExoReport.Evidence.Loading;
using ExoReport.Evidence.Model;

namespace ExoReport.Evidence.Validation;

/// <summary>Runs every semantic check on a schema-valid evidence model.</summary>
internal static class SemanticValidator
{
    private static readonly IReadOnlyList<IEvidenceCheck> Checks =
    [
        new DuplicateIdCheck(),
        new UnknownIdCheck(),
        new DoiCheck(),
        new YearCheck(),
        new ReviewDateCheck(),
        new ReferenceNumberCheck(),
        new Table1RowCheck(),
        new UnusedEntryCheck(),
    ];

    public static IReadOnlyList<Diagnostic> Validate(EvidenceFile evidence, SourceMap map)
    {
        var context = new ValidationContext(evidence, map);
        foreach (var check in Checks)
            check.Run(context);
        return context.Diagnostics;
    }
}

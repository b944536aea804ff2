using ExoReport.Diagnostics;
using ExoReport.Evidence.Loading;
using ExoReport.Evidence.Model;

namespace ExoReport.Evidence.Validation;

/// <summary>What every semantic check reads (the model, where things are, the ids used) and where it reports.</summary>
internal sealed class ValidationContext(EvidenceFile evidence, SourceMap map)
{
    private readonly List<Diagnostic> diagnostics = [];

    public EvidenceFile Evidence => evidence;

    public IReadOnlyList<IdUsage> Usages { get; } = IdUsage.Collect(evidence);

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    public SourceSpan At(string pointer) => map.ValueAt(pointer);

    public void Error(string pointer, string code, string message) =>
        diagnostics.Add(new Diagnostic(map.ValueAt(pointer), Severity.Error, code, message));

    public void Warning(string pointer, string code, string message) =>
        diagnostics.Add(new Diagnostic(map.ValueAt(pointer), Severity.Warning, code, message));
}

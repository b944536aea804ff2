
namespace ExoReport.Layout.Engine;

/// <summary>Collects warnings once each, in the order they were first met, so the result is deterministic.</summary>
internal sealed class WarningCollector
{
    private readonly List<LayoutWarning> _warnings = [];
    private readonly HashSet<LayoutWarning> _seen = [];

    public IReadOnlyList<LayoutWarning> All => _warnings;

    public void Add(LayoutWarning warning)
    {
        if (_seen.Add(warning))
            _warnings.Add(warning);
    }
}

namespace ExoReport.Layout.Engine;

/// <summary>
/// Lets an element move itself to the next page once ("keep this row whole"), and only once: if it is offered
/// space again in a later layout attempt and still does not fit, it must split instead of deferring forever.
/// </summary>
internal sealed class DeferralMemory
{
    private int? _deferredInAttempt;

    /// <summary>True when the element may answer "does not fit here" in this layout attempt.</summary>
    public bool MayDefer(int attempt)
    {
        _deferredInAttempt ??= attempt;
        return _deferredInAttempt == attempt;
    }
}

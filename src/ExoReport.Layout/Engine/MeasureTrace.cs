using SkiaSharp;

namespace ExoReport.Layout.Engine;

/// <summary>
/// Remembers which element started a "does not fit" answer, and the path of elements leading to it, so that an
/// element that can never fit is reported by name instead of looping or producing an endless document.
/// </summary>
internal sealed class MeasureTrace
{
    private readonly List<LayoutNode> _stack = [];

    public int WrapCount { get; private set; }

    public WrapCulprit? Culprit { get; private set; }

    public void Enter(LayoutNode node) => _stack.Add(node);

    public void Exit() => _stack.RemoveAt(_stack.Count - 1);

    public void NoteWrap(LayoutNode node, SKSize available, bool originatedHere)
    {
        if (originatedHere)
            Culprit = new WrapCulprit(node.DisplayName, _stack.Select(n => n.DisplayName).ToArray(), available);
        WrapCount++;
    }

    public void Reset() => Culprit = null;
}

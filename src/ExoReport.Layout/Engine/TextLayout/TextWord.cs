namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>
/// Text between two break opportunities; may cross spans ("Smith" + superscript "1,2" is one word).
/// <see cref="SpaceAfter"/> is the width of the space that follows (0 when none); <see cref="BreakAfter"/> marks
/// a forced line break ("\n").
/// </summary>
internal sealed record TextWord(IReadOnlyList<ShapedRun> Runs, float Width, float SpaceAfter, bool BreakAfter)
{
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>The lines of a paragraph at one width, or the news that a single character is wider than that width.</summary>
internal sealed record BrokenText(IReadOnlyList<TextLine> Lines, bool TooNarrow)
{
    public static BrokenText Narrow { get; } = new([], true);
}

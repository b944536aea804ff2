namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>
/// One laid-out line: its words (possibly pieces of a broken word), natural width, height, baseline offset from
/// the line's top, whether it ends a paragraph (not stretched when justifying), and where the next line starts.
/// </summary>
internal sealed record TextLine(
    IReadOnlyList<TextWord> Words,
    float Width,
    float Height,
    float Baseline,
    bool EndsParagraph,
    TextPosition Next);

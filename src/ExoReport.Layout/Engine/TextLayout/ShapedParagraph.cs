using SkiaSharp;

namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>
/// A <see cref="TextBlock"/> turned into words with faces and widths, plus the line metrics it needs. Broken
/// lines are cached per (width, start position): table cells and continued paragraphs ask again and again.
/// </summary>
internal sealed class ShapedParagraph
{
    private readonly Dictionary<(float Width, TextPosition Start), BrokenText> _lines = [];
    private readonly FontCache _fonts;

    public ShapedParagraph(IReadOnlyList<TextWord> words, TextAlignment alignment, float lineHeightFactor, float defaultSize, ResolvedFace defaultFace, FontCache fonts)
    {
        Words = words;
        Alignment = alignment;
        LineHeightFactor = lineHeightFactor;
        DefaultSize = defaultSize;
        DefaultFace = defaultFace;
        _fonts = fonts;
    }

    public IReadOnlyList<TextWord> Words { get; }

    public TextAlignment Alignment { get; }

    public float LineHeightFactor { get; }

    /// <summary>Size and face giving the height of an empty line ("\n\n").</summary>
    public float DefaultSize { get; }

    public ResolvedFace DefaultFace { get; }

    public BrokenText Lines(float width, TextPosition start)
    {
        if (!_lines.TryGetValue((width, start), out var broken))
        {
            broken = TextLineBreaker.Break(this, width, start, _fonts);
            _lines.Add((width, start), broken);
        }
        return broken;
    }

    public SKFontMetrics Metrics(ResolvedFace face, float size) => _fonts.Metrics(face, size);
}

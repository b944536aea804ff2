using ExoReport.Layout.Engine.TextLayout;
using SkiaSharp;

namespace ExoReport.Layout.Engine;

/// <summary>The session's fonts: fallback resolution and SKFont objects per face and size.</summary>
internal sealed class FontCache : IDisposable
{
    /// <summary>How far a faked italic leans (Skia's skew for synthetic oblique).</summary>
    private const float SyntheticItalicSkew = -0.2f;

    private readonly Dictionary<(ResolvedFace Face, float Size), SKFont> _fonts = [];
    private readonly Dictionary<(ResolvedFace Face, float Size), SKFont> _drawingFonts = [];
    private readonly Dictionary<(ResolvedFace Face, float Size), SKFontMetrics> _metrics = [];
    private readonly Dictionary<(ResolvedFace Face, float Size), Dictionary<string, float>> _widths = [];
    private int _cachedWidths;

    /// <summary>
    /// Distinct (face, size, text) widths kept: words repeat (a 1,000-study report has 8,600 distinct runs among
    /// about 200,000); past this, unusual runs (DOIs, numbers) are measured without being kept.
    /// </summary>
    private const int CachedWidthBudget = 200_000;
    private SubsetFaces? _subsets;

    public FontCache(FontSet set)
    {
        Set = set;
        Fallback = new FontFallback(set);
    }

    public FontSet Set { get; }

    public FontFallback Fallback { get; }

    /// <summary>What canvas callbacks draw their declared text with (the subsets, once there are any).</summary>
    public CanvasFonts CanvasFonts { get; private set; } = CanvasFonts.Unchanged;

    /// <summary>The font to measure with: always the whole typeface.</summary>
    public SKFont Font(ResolvedFace face, float size) => Cached(_fonts, face, face.Typeface, size);

    /// <summary>Ascent and descent of the measuring font (Skia computes them anew on every call).</summary>
    public SKFontMetrics Metrics(ResolvedFace face, float size)
    {
        if (!_metrics.TryGetValue((face, size), out var metrics))
        {
            metrics = Font(face, size).Metrics;
            _metrics.Add((face, size), metrics);
        }
        return metrics;
    }

    /// <summary>
    /// The advance width of <paramref name="text"/> in the measuring font, and the string for it: the same text is
    /// measured once and shares one string (a run's text is kept by the shaped paragraph and the drawing record).
    /// </summary>
    public float Width(ResolvedFace face, float size, ReadOnlySpan<char> text, out string value)
    {
        if (!_widths.TryGetValue((face, size), out var widths))
        {
            widths = new Dictionary<string, float>(StringComparer.Ordinal);
            _widths.Add((face, size), widths);
        }
        var lookup = widths.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out value!, out var width))
            return width;
        value = text.ToString();
        width = Font(face, size).MeasureText(value);
        if (_cachedWidths < CachedWidthBudget)
        {
            widths.Add(value, width);
            _cachedWidths++;
        }
        return width;
    }

    /// <summary>The font to draw with: the typeface's subset when the document embeds subsets (same glyphs, same advances).</summary>
    public SKFont DrawingFont(ResolvedFace face, float size) =>
        _subsets is null ? Font(face, size) : Cached(_drawingFonts, face, _subsets.For(face.Typeface), size);

    /// <summary>Draws from now on with <paramref name="subsets"/> (the caller owns them); null draws with whole fonts.</summary>
    public void DrawWith(SubsetFaces? subsets)
    {
        foreach (var font in _drawingFonts.Values)
            font.Dispose();
        _drawingFonts.Clear();
        _subsets = subsets;
        CanvasFonts = subsets is null ? CanvasFonts.Unchanged : new CanvasFonts(subsets);
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values.Concat(_drawingFonts.Values))
            font.Dispose();
        Fallback.Dispose();
    }

    private static SKFont Cached(Dictionary<(ResolvedFace Face, float Size), SKFont> cache, ResolvedFace face, SKTypeface typeface, float size)
    {
        if (!cache.TryGetValue((face, size), out var font))
        {
            // Unhinted, linear metrics: what we measure is exactly what the PDF viewer lays out.
            font = new SKFont(typeface, size)
            {
                Embolden = face.SyntheticBold,
                SkewX = face.SyntheticItalic ? SyntheticItalicSkew : 0f,
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Subpixel = true,
            };
            cache.Add((face, size), font);
        }
        return font;
    }
}

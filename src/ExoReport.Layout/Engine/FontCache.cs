using ExoReport.Layout.Engine.TextLayout;
using SkiaSharp;

namespace ExoReport.Layout.Engine;

/// <summary>The session's fonts: fallback resolution and SKFont objects per face and size.</summary>
internal sealed class FontCache : IDisposable
{
    /// <summary>How far a faked italic leans (Skia's skew for synthetic oblique).</summary>
    private const float SyntheticItalicSkew = -0.2f;

    private readonly Dictionary<(ResolvedFace Face, float Size), SKFont> _fonts = [];

    public FontCache(FontSet set)
    {
        Set = set;
        Fallback = new FontFallback(set);
    }

    public FontSet Set { get; }

    public FontFallback Fallback { get; }

    public SKFont Font(ResolvedFace face, float size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
        {
            // Unhinted, linear metrics: what we measure is exactly what the PDF viewer lays out.
            font = new SKFont(face.Typeface, size)
            {
                Embolden = face.SyntheticBold,
                SkewX = face.SyntheticItalic ? SyntheticItalicSkew : 0f,
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Subpixel = true,
            };
            _fonts.Add((face, size), font);
        }
        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
            font.Dispose();
        Fallback.Dispose();
    }
}

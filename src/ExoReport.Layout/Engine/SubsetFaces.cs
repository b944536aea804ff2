using SkiaSharp;

namespace ExoReport.Layout.Engine;

/// <summary>
/// For each typeface a document draws with, the subset of it (see <see cref="FontSubsetter"/>) that holds just the
/// characters drawn; the drawing pass paints with these, so the PDF embeds only those glyphs. Measuring always uses
/// the whole typefaces, and a subset keeps glyph ids and advances, so the layout cannot change.
/// </summary>
internal sealed class SubsetFaces : IDisposable
{
    private readonly Dictionary<SKTypeface, SKTypeface> _subsets = new(ReferenceEqualityComparer.Instance);
    private readonly FontSubsetCache? _cache;

    /// <param name="cache">Where subsets are kept between renders (they are then the cache's, not disposed here).</param>
    public SubsetFaces(GlyphUsage usage, FontSubsetCache? cache = null)
    {
        Usage = usage;
        _cache = cache;
        foreach (var typeface in usage.Typefaces)
        {
            var characters = usage.CharactersOf(typeface);
            if ((cache is null ? FontSubsetter.Subset(typeface, characters) : cache.Subset(typeface, characters)) is { } subset)
                _subsets.Add(typeface, subset);
        }
    }

    /// <summary>The characters the subsets were made for.</summary>
    public GlyphUsage Usage { get; }

    /// <summary>The subset of <paramref name="typeface"/>, or the typeface itself when it has none.</summary>
    public SKTypeface For(SKTypeface typeface) => _subsets.GetValueOrDefault(typeface, typeface);

    public void Dispose()
    {
        if (_cache is not null)
            return;
        foreach (var subset in _subsets.Values)
            subset.Dispose();
    }
}

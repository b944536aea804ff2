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

    public SubsetFaces(GlyphUsage usage)
    {
        Usage = usage;
        foreach (var typeface in usage.Typefaces)
        {
            if (FontSubsetter.Subset(typeface, usage.CharactersOf(typeface)) is { } subset)
                _subsets.Add(typeface, subset);
        }
    }

    /// <summary>The characters the subsets were made for.</summary>
    public GlyphUsage Usage { get; }

    /// <summary>The subset of <paramref name="typeface"/>, or the typeface itself when it has none.</summary>
    public SKTypeface For(SKTypeface typeface) => _subsets.GetValueOrDefault(typeface, typeface);

    public void Dispose()
    {
        foreach (var subset in _subsets.Values)
            subset.Dispose();
    }
}

using ExoReport.Layout.Engine;
using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>
/// Given to a <see cref="Canvas"/> callback: the typeface to draw with in place of each typeface the canvas
/// declared in <see cref="Canvas.Text"/>. When the document embeds font subsets, that is the document's subset of
/// it (shared with the document's own text, so each font is embedded once); otherwise the typeface itself.
/// </summary>
public sealed class CanvasFonts
{
    private readonly SubsetFaces? _subsets;

    internal CanvasFonts(SubsetFaces? subsets)
    {
        _subsets = subsets;
    }

    /// <summary>Draws every typeface as itself (whole fonts embedded).</summary>
    public static CanvasFonts Unchanged { get; } = new(null);

    public SKTypeface Face(SKTypeface typeface) => _subsets?.For(typeface) ?? typeface;
}

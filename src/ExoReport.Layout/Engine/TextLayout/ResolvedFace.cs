using SkiaSharp;

namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>A typeface to draw with, and whether bold or italic must be faked because the family lacks that face.</summary>
internal sealed record ResolvedFace(SKTypeface Typeface, bool SyntheticBold, bool SyntheticItalic)
{
    public bool Has(int codePoint) => Typeface.ContainsGlyph(codePoint);
}

using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>
/// Chooses, among the faces of one family, the one closest to a style: normal width first (a folder may hold
/// condensed faces of the same family), then the weight nearest to 400 (regular) or 700 (bold).
/// </summary>
internal static class FontFacePicker
{
    private const int BoldThreshold = 600;

    public static SKTypeface? Pick(IEnumerable<SKTypeface> faces, bool bold, bool italic)
    {
        var targetWeight = bold ? 700 : 400;
        return faces
            .Where(f => (f.FontStyle.Weight >= BoldThreshold) == bold)
            .Where(f => (f.FontStyle.Slant != SKFontStyleSlant.Upright) == italic)
            .OrderBy(f => f.FontStyle.Width == (int)SKFontStyleWidth.Normal ? 0 : 1)
            .ThenBy(f => Math.Abs(f.FontStyle.Weight - targetWeight))
            .FirstOrDefault();
    }
}

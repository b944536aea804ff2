using SkiaSharp;

namespace ExoReport.Layout.Engine.Drawing;

/// <summary>
/// Text blobs (glyphs and advances, drawn at any position) per font and text, for one drawing of the document:
/// <c>SKCanvas.DrawText(string, ...)</c> builds a blob on every call, and most words recur. Drawing a cached
/// blob is exactly what that call does, so the PDF is the same.
/// </summary>
internal sealed class TextBlobCache : IDisposable
{
    /// <summary>
    /// Distinct blobs kept (a few hundred bytes of native memory each; a 1,000-study report draws 182,000 runs, 8,700
    /// distinct); rarer text past this is not kept.
    /// </summary>
    private const int Budget = 50_000;

    private readonly Dictionary<(SKFont Font, string Text, bool SpaceAfter), SKTextBlob?> _blobs = [];

    public void Draw(SKCanvas canvas, string text, bool spaceAfter, float x, float y, SKFont font, SKPaint paint)
    {
        if (_blobs.TryGetValue((font, text, spaceAfter), out var blob))
        {
            if (blob is not null)
                canvas.DrawText(blob, x, y, paint);
            return;
        }
        blob = SKTextBlob.Create(spaceAfter ? text + " " : text, font); // null when there is nothing to draw
        if (blob is not null)
            canvas.DrawText(blob, x, y, paint);
        if (_blobs.Count < Budget)
            _blobs.Add((font, text, spaceAfter), blob);
        else
            blob?.Dispose();
    }

    public void Dispose()
    {
        foreach (var blob in _blobs.Values)
            blob?.Dispose();
        _blobs.Clear();
    }
}

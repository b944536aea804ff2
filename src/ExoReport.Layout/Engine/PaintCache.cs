using SkiaSharp;

namespace ExoReport.Layout.Engine;

/// <summary>Fill and stroke paints per colour (and width), shared by all drawing in a render.</summary>
internal sealed class PaintCache : IDisposable
{
    private readonly Dictionary<SKColor, SKPaint> _fills = [];
    private readonly Dictionary<(SKColor, float), SKPaint> _strokes = [];

    public SKPaint Fill(SKColor color)
    {
        if (!_fills.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
            _fills.Add(color, paint);
        }
        return paint;
    }

    public SKPaint Stroke(SKColor color, float width)
    {
        if (!_strokes.TryGetValue((color, width), out var paint))
        {
            paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width };
            _strokes.Add((color, width), paint);
        }
        return paint;
    }

    public void Dispose()
    {
        foreach (var paint in _fills.Values.Concat(_strokes.Values))
            paint.Dispose();
    }
}

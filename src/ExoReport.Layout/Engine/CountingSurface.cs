using SkiaSharp;

namespace ExoReport.Layout.Engine;

/// <summary>Pages that go nowhere: the first pass only needs to know how many there are.</summary>
internal sealed class CountingSurface : IPageSurface, IDisposable
{
    private SKNoDrawCanvas? _canvas;

    public SKCanvas BeginPage(float width, float height)
    {
        _canvas ??= new SKNoDrawCanvas((int)Math.Ceiling(width), (int)Math.Ceiling(height));
        return _canvas;
    }

    public void EndPage() { }

    public void Dispose() => _canvas?.Dispose();
}

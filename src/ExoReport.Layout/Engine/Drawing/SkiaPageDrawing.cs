using ExoReport.Layout.Engine.TextLayout;
using SkiaSharp;

namespace ExoReport.Layout.Engine.Drawing;

/// <summary>Paints onto a Skia canvas (a PDF page) with the session's drawing fonts (the subsets, once made).</summary>
internal sealed class SkiaPageDrawing : IPageDrawing
{
    private readonly SKCanvas _canvas;
    private readonly FontCache _fonts;
    private readonly TextBlobCache _blobs;

    public SkiaPageDrawing(SKCanvas canvas, FontCache fonts, TextBlobCache blobs)
    {
        _canvas = canvas;
        _fonts = fonts;
        _blobs = blobs;
    }

    public void Rect(SKRect rect, SKPaint paint) => _canvas.DrawRect(rect, paint);

    public void Text(string text, bool spaceAfter, float x, float baseline, ResolvedFace face, float size, SKPaint paint) =>
        _blobs.Draw(_canvas, text, spaceAfter, x, baseline, _fonts.DrawingFont(face, size), paint);

    public void UrlLink(SKRect rect, string uri) => _canvas.DrawUrlAnnotation(rect, uri)?.Dispose();

    public void DestinationLink(SKRect rect, string destination) => _canvas.DrawLinkDestinationAnnotation(rect, destination)?.Dispose();

    public void NamedDestination(SKPoint point, string name) => _canvas.DrawNamedDestinationAnnotation(point, name)?.Dispose();

    public void Canvas(Canvas canvas, SKRect area)
    {
        var size = Nodes.CanvasNode.SizeFor(canvas, area.Width);
        _canvas.Save();
        try
        {
            _canvas.Translate(area.Left, area.Top);
            _canvas.ClipRect(SKRect.Create(size));
            canvas.DrawWithFonts(_canvas, size, _fonts.CanvasFonts);
        }
        catch (Exception e) when (e is not LayoutException)
        {
            throw new LayoutException($"{ElementNames.Describe(canvas)} failed to draw: {e.Message}", e);
        }
        finally
        {
            _canvas.Restore();
        }
    }
}

using ExoReport.Layout.Engine.TextLayout;
using SkiaSharp;

namespace ExoReport.Layout.Engine.Drawing;

/// <summary>Draws nothing: a counting pass that keeps no record only needs the layout.</summary>
internal sealed class NullPageDrawing : IPageDrawing
{
    public static NullPageDrawing Instance { get; } = new();

    private NullPageDrawing()
    {
    }

    public void Rect(SKRect rect, SKPaint paint) { }

    public void Text(string text, bool spaceAfter, float x, float baseline, ResolvedFace face, float size, SKPaint paint) { }

    public void UrlLink(SKRect rect, string uri) { }

    public void DestinationLink(SKRect rect, string destination) { }

    public void NamedDestination(SKPoint point, string name) { }

    public void Canvas(Canvas canvas, SKRect area) { }
}

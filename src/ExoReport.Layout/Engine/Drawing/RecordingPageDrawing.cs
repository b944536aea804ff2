using ExoReport.Layout.Engine.TextLayout;
using SkiaSharp;

namespace ExoReport.Layout.Engine.Drawing;

/// <summary>Appends every operation to a list, to be replayed onto the PDF page later.</summary>
internal sealed class RecordingPageDrawing : IPageDrawing
{
    public RecordingPageDrawing(DrawOpList ops)
    {
        Ops = ops;
    }

    /// <summary>Where operations go from now on (a page's header and footer and its body are kept apart).</summary>
    public DrawOpList Ops { get; set; }

    public void Rect(SKRect rect, SKPaint paint) =>
        Ops.Add(new DrawOp(DrawOpKind.Rect, rect.Left, rect.Top, rect.Right, rect.Bottom, null, paint, null));

    public void Text(string text, bool spaceAfter, float x, float baseline, ResolvedFace face, float size, SKPaint paint) =>
        Ops.Add(new DrawOp(spaceAfter ? DrawOpKind.TextAndSpace : DrawOpKind.Text, x, baseline, size, 0, text, paint, face));

    public void UrlLink(SKRect rect, string uri) =>
        Ops.Add(new DrawOp(DrawOpKind.UrlLink, rect.Left, rect.Top, rect.Right, rect.Bottom, uri, null, null));

    public void DestinationLink(SKRect rect, string destination) =>
        Ops.Add(new DrawOp(DrawOpKind.DestinationLink, rect.Left, rect.Top, rect.Right, rect.Bottom, destination, null, null));

    public void NamedDestination(SKPoint point, string name) =>
        Ops.Add(new DrawOp(DrawOpKind.NamedDestination, point.X, point.Y, 0, 0, name, null, null));

    public void Canvas(Canvas canvas, SKRect area) =>
        Ops.Add(new DrawOp(DrawOpKind.Canvas, area.Left, area.Top, area.Right, area.Bottom, null, null, canvas));
}

using ExoReport.Layout.Engine.TextLayout;
using SkiaSharp;

namespace ExoReport.Layout.Engine.Drawing;

/// <summary>
/// Everything the layout nodes draw on a page, as a handful of operations: painted onto a PDF page
/// (<see cref="SkiaPageDrawing"/>), kept for later (<see cref="RecordingPageDrawing"/>), or dropped
/// (<see cref="NullPageDrawing"/>, a counting pass that keeps nothing).
/// </summary>
internal interface IPageDrawing
{
    void Rect(SKRect rect, SKPaint paint);

    /// <summary>A run of text at its baseline; <paramref name="spaceAfter"/> draws a space after it (extracted text keeps word gaps).</summary>
    void Text(string text, bool spaceAfter, float x, float baseline, ResolvedFace face, float size, SKPaint paint);

    void UrlLink(SKRect rect, string uri);

    void DestinationLink(SKRect rect, string destination);

    void NamedDestination(SKPoint point, string name);

    /// <summary>A canvas callback's box at <paramref name="area"/>'s top-left corner.</summary>
    void Canvas(Canvas canvas, SKRect area);
}

using ExoReport.Layout.Engine.TextLayout;
using SkiaSharp;

namespace ExoReport.Layout.Engine.Drawing;

/// <summary>
/// One recorded drawing operation, as a small struct (a page holds thousands): the geometry in four floats (a rectangle's edges as given, so replaying cannot round them),
/// the text, link target or destination name in <see cref="Text"/>, and the paint, face or canvas it uses.
/// Text keeps the shaped run's own string (no copy), so a record costs little beside the shaped-text cache.
/// </summary>
internal readonly record struct DrawOp(DrawOpKind Kind, float Left, float Top, float Right, float Bottom, string? Text, SKPaint? Paint, object? Reference)
{
    public SKRect Rect => new(Left, Top, Right, Bottom);

    public void ReplayOnto(IPageDrawing drawing)
    {
        switch (Kind)
        {
            case DrawOpKind.Rect:
                drawing.Rect(Rect, Paint!);
                break;
            case DrawOpKind.Text:
            case DrawOpKind.TextAndSpace:
                // Text is at (Left, Top), the baseline; Right holds the font size.
                drawing.Text(Text!, Kind == DrawOpKind.TextAndSpace, Left, Top, (ResolvedFace)Reference!, Right, Paint!);
                break;
            case DrawOpKind.UrlLink:
                drawing.UrlLink(Rect, Text!);
                break;
            case DrawOpKind.DestinationLink:
                drawing.DestinationLink(Rect, Text!);
                break;
            case DrawOpKind.NamedDestination:
                drawing.NamedDestination(new SKPoint(Left, Top), Text!);
                break;
            case DrawOpKind.Canvas:
                drawing.Canvas((Canvas)Reference!, Rect);
                break;
            default:
                throw new InvalidOperationException($"Unknown drawing operation {Kind}.");
        }
    }
}

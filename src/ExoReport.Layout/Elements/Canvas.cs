using ExoReport.Layout.Engine;
using ExoReport.Layout.Engine.Nodes;
using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>
/// A box drawn by a callback in vector form (charts, figures). The callback gets a canvas whose origin is the
/// box's top-left corner, clipped to the box, and the box size. Either both sizes are fixed, or the width follows
/// the available width (optionally capped) and the height follows from <see cref="AspectRatio"/>.
/// A callback that draws text declares it (<see cref="Text"/>) and draws with the typefaces
/// <see cref="CanvasFonts"/> hands it, so the document embeds only the glyphs it uses.
/// </summary>
public sealed record Canvas : Element
{
    public Canvas(float width, float height, Action<SKCanvas, SKSize> draw)
        : this(width, height, (canvas, size, _) => draw(canvas, size))
    {
    }

    public Canvas(float width, float height, Action<SKCanvas, SKSize, CanvasFonts> draw)
    {
        Width = width;
        Height = height;
        DrawWithFonts = draw;
    }

    private Canvas(float aspectRatio, float? maxWidth, Action<SKCanvas, SKSize, CanvasFonts> draw)
    {
        AspectRatio = aspectRatio;
        Width = maxWidth;
        DrawWithFonts = draw;
    }

    /// <summary>As wide as the space available (at most <paramref name="maxWidth"/>), height = width / aspect ratio.</summary>
    public static Canvas WidthBound(float aspectRatio, Action<SKCanvas, SKSize> draw, float? maxWidth = null) =>
        WidthBound(aspectRatio, (canvas, size, _) => draw(canvas, size), maxWidth);

    /// <summary>As <see cref="WidthBound(float, Action{SKCanvas, SKSize}, float?)"/>, for a callback that draws declared <see cref="Text"/>.</summary>
    public static Canvas WidthBound(float aspectRatio, Action<SKCanvas, SKSize, CanvasFonts> draw, float? maxWidth = null) =>
        aspectRatio > 0 ? new(aspectRatio, maxWidth, draw) : throw new ArgumentOutOfRangeException(nameof(aspectRatio));

    /// <summary>The fixed width, or the maximum width of a width-bound canvas.</summary>
    public float? Width { get; }

    /// <summary>The fixed height; null for a width-bound canvas.</summary>
    public float? Height { get; }

    /// <summary>Width / height of a width-bound canvas; null for a fixed-size canvas.</summary>
    public float? AspectRatio { get; }

    /// <summary>Draws the content; the fonts argument maps each declared typeface to the one to draw with.</summary>
    public Action<SKCanvas, SKSize, CanvasFonts> DrawWithFonts { get; }

    /// <summary>
    /// Every text the callback draws, by typeface. Text drawn with a typeface not declared here still appears, but
    /// that typeface's whole font is embedded.
    /// </summary>
    public IReadOnlyList<CanvasText> Text { get; init; } = [];

    internal override LayoutNode CreateNode(LayoutPass pass) => new CanvasNode(this, pass);
}

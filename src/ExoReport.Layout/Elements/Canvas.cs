using ExoReport.Layout.Engine;
using ExoReport.Layout.Engine.Nodes;
using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>
/// A box drawn by a callback in vector form (charts, figures). The callback gets a canvas whose origin is the
/// box's top-left corner, clipped to the box, and the box size. Either both sizes are fixed, or the width follows
/// the available width (optionally capped) and the height follows from <see cref="AspectRatio"/>.
/// </summary>
public sealed record Canvas : Element
{
    public Canvas(float width, float height, Action<SKCanvas, SKSize> draw)
    {
        Width = width;
        Height = height;
        DrawContent = draw;
    }

    private Canvas(float aspectRatio, float? maxWidth, Action<SKCanvas, SKSize> draw)
    {
        AspectRatio = aspectRatio;
        Width = maxWidth;
        DrawContent = draw;
    }

    /// <summary>As wide as the space available (at most <paramref name="maxWidth"/>), height = width / aspect ratio.</summary>
    public static Canvas WidthBound(float aspectRatio, Action<SKCanvas, SKSize> draw, float? maxWidth = null) =>
        aspectRatio > 0 ? new(aspectRatio, maxWidth, draw) : throw new ArgumentOutOfRangeException(nameof(aspectRatio));

    /// <summary>The fixed width, or the maximum width of a width-bound canvas.</summary>
    public float? Width { get; }

    /// <summary>The fixed height; null for a width-bound canvas.</summary>
    public float? Height { get; }

    /// <summary>Width / height of a width-bound canvas; null for a fixed-size canvas.</summary>
    public float? AspectRatio { get; }

    public Action<SKCanvas, SKSize> DrawContent { get; }

    internal override LayoutNode CreateNode(LayoutPass pass) => new CanvasNode(this, pass);
}

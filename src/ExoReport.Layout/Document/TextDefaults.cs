using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>Document-wide text defaults that a <see cref="TextBlock"/> or span may override.</summary>
public sealed record TextDefaults
{
    public float FontSize { get; init; } = 10f;

    /// <summary>Line height as a multiple of the font size.</summary>
    public float LineHeight { get; init; } = 1.25f;

    public SKColor Color { get; init; } = SKColors.Black;
}

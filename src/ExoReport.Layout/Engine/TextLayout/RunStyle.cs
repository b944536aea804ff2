using SkiaSharp;

namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>Everything about a span's characters except the face, which is chosen per character.</summary>
internal sealed record RunStyle(float FontSize, float NominalSize, float BaselineShift, SKColor Color, bool Underline, string? Uri, string? Destination);

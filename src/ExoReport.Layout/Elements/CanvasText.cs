using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>Text a <see cref="Canvas"/> callback draws with one typeface (its characters, in any order).</summary>
public sealed record CanvasText(SKTypeface Typeface, string Text);

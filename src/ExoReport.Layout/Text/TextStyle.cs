using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>
/// Text attributes. Every property is optional: a span's style falls back to its block's style, which falls back
/// to the document's <see cref="TextDefaults"/>.
/// </summary>
public sealed record TextStyle
{
    public static TextStyle Default { get; } = new();

    public bool? Bold { get; init; }

    public bool? Italic { get; init; }

    /// <summary>Smaller and raised: citation numbers, exponents.</summary>
    public bool? Superscript { get; init; }

    /// <summary>Smaller and lowered: chemical formulas.</summary>
    public bool? Subscript { get; init; }

    public bool? Underline { get; init; }

    /// <summary>Font size in points.</summary>
    public float? Size { get; init; }

    public SKColor? Color { get; init; }

    /// <summary>A family of the document's <see cref="FontSet"/>; null means the set's primary family.</summary>
    public string? FontFamily { get; init; }

    public TextStyle WithBold(bool bold = true) => this with { Bold = bold };

    public TextStyle WithItalic(bool italic = true) => this with { Italic = italic };

    public TextStyle WithSize(float size) => this with { Size = size };

    public TextStyle WithColor(SKColor color) => this with { Color = color };

    public TextStyle WithFontFamily(string family) => this with { FontFamily = family };

    /// <summary>This style with every property it leaves unset taken from <paramref name="fallback"/>.</summary>
    public TextStyle Over(TextStyle fallback) => new()
    {
        Bold = Bold ?? fallback.Bold,
        Italic = Italic ?? fallback.Italic,
        Superscript = Superscript ?? fallback.Superscript,
        Subscript = Subscript ?? fallback.Subscript,
        Underline = Underline ?? fallback.Underline,
        Size = Size ?? fallback.Size,
        Color = Color ?? fallback.Color,
        FontFamily = FontFamily ?? fallback.FontFamily,
    };
}

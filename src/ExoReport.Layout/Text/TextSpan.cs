using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>
/// A run of text with one style, optionally a link: to a URI (<see cref="Uri"/>) or to a named
/// <see cref="Layout.Destination"/> in the same document (<see cref="Destination"/>).
/// </summary>
public sealed record TextSpan(string Text)
{
    public TextStyle Style { get; init; } = TextStyle.Default;

    /// <summary>An external link target (https://doi.org/...).</summary>
    public string? Uri { get; init; }

    /// <summary>The name of a <see cref="Layout.Destination"/> this span jumps to.</summary>
    public string? Destination { get; init; }

    public TextSpan WithStyle(Func<TextStyle, TextStyle> change) => this with { Style = change(Style) };

    public TextSpan WithBold() => WithStyle(s => s with { Bold = true });

    public TextSpan WithItalic() => WithStyle(s => s with { Italic = true });

    public TextSpan WithSuperscript() => WithStyle(s => s with { Superscript = true });

    public TextSpan WithSubscript() => WithStyle(s => s with { Subscript = true });

    public TextSpan WithUnderline() => WithStyle(s => s with { Underline = true });

    public TextSpan WithColor(SKColor color) => WithStyle(s => s with { Color = color });

    public TextSpan WithSize(float size) => WithStyle(s => s with { Size = size });

    public TextSpan WithUri(string uri) => this with { Uri = uri };

    public TextSpan WithDestination(string destination) => this with { Destination = destination };

    public static implicit operator TextSpan(string text) => new(text);
}

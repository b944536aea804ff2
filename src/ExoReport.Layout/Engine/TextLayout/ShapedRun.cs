using SkiaSharp;

namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>
/// Characters drawn with one face, size and colour, belonging to one span. <see cref="NominalSize"/> is the
/// span's size before superscript/subscript shrinking: line height follows it, so a citation number does not
/// push lines apart.
/// </summary>
internal sealed record ShapedRun(
    string Text,
    ResolvedFace Face,
    float FontSize,
    float NominalSize,
    float BaselineShift,
    float Width,
    SKColor Color,
    bool Underline,
    string? Uri,
    string? Destination)
{
    public bool IsLink => Uri is not null || Destination is not null;

    public bool SameLink(ShapedRun other) => Uri == other.Uri && Destination == other.Destination;
}

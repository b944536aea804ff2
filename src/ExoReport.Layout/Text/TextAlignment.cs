namespace ExoReport.Layout;

/// <summary>Horizontal alignment of the lines of a <see cref="TextBlock"/>.</summary>
public enum TextAlignment
{
    Left,
    Center,
    Right,

    /// <summary>Both edges flush; the last line of a paragraph and lines ending in a line break stay left-aligned.</summary>
    Justify,
}

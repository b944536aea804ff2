namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>A point in a paragraph: a word, and a character offset into it when a long word was broken.</summary>
internal readonly record struct TextPosition(int Word, int Offset)
{
    public static TextPosition Start => new(0, 0);
}

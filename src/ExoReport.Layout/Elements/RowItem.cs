namespace ExoReport.Layout;

/// <summary>One cell of a <see cref="Row"/>: the content and how it is sized.</summary>
public sealed record RowItem(Element Content, RowItemSizing Sizing, float Value)
{
    public static RowItem Fixed(float width, Element content) => new(content, RowItemSizing.Fixed, width);

    public static RowItem Relative(Element content, float weight = 1f) => new(content, RowItemSizing.Relative, weight);

    public static RowItem Auto(Element content) => new(content, RowItemSizing.Auto, 0f);
}

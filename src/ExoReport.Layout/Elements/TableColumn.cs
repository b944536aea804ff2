namespace ExoReport.Layout;

/// <summary>A table column's width rule.</summary>
public sealed record TableColumn(TableColumnSizing Sizing, float Value)
{
    public static TableColumn Fixed(float width) => new(TableColumnSizing.Fixed, width);

    public static TableColumn Relative(float weight = 1f) => new(TableColumnSizing.Relative, weight);
}

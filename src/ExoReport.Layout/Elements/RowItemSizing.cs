namespace ExoReport.Layout;

/// <summary>How a <see cref="RowItem"/> gets its width.</summary>
public enum RowItemSizing
{
    /// <summary>A width in points.</summary>
    Fixed,

    /// <summary>A share of the width left after fixed and auto items, proportional to the weight.</summary>
    Relative,

    /// <summary>As wide as the content needs (its widest line), up to the space left.</summary>
    Auto,
}

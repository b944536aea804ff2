namespace ExoReport.Layout;

/// <summary>How a <see cref="TableColumn"/> gets its width.</summary>
public enum TableColumnSizing
{
    /// <summary>A width in points.</summary>
    Fixed,

    /// <summary>A share of the width left after fixed columns, proportional to the weight.</summary>
    Relative,
}

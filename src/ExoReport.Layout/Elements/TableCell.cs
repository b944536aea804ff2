using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>
/// One cell. Cells fill a row left to right, skipping slots taken by row spans from rows above (as in HTML).
/// </summary>
public sealed record TableCell(Element Content)
{
    public int ColumnSpan { get; init; } = 1;

    public int RowSpan { get; init; } = 1;

    /// <summary>Overrides the row's background and the zebra stripe.</summary>
    public SKColor? Background { get; init; }
}

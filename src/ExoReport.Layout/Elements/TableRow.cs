using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>A table row: its cells and an optional background.</summary>
public sealed record TableRow
{
    public TableRow(params TableCell[] cells) : this((IEnumerable<TableCell>)cells) { }

    public TableRow(IEnumerable<TableCell> cells)
    {
        Cells = cells.ToArray();
    }

    public IReadOnlyList<TableCell> Cells { get; }

    /// <summary>Overrides the zebra stripe for this row.</summary>
    public SKColor? Background { get; init; }
}

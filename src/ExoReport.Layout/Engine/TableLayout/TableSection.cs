namespace ExoReport.Layout.Engine.TableLayout;

/// <summary>The placed cells of the header rows or of the body rows, in row groups.</summary>
internal sealed record TableSection(IReadOnlyList<PlacedCell> Cells, IReadOnlyList<RowGroup> Groups, int RowCount)
{
    public static TableSection Empty { get; } = new([], [], 0);
}

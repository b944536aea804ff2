namespace ExoReport.Writers.Charts;

/// <summary>
/// A single-series bar chart, e.g. studies per cell-source category or per publication year.
/// </summary>
/// <param name="Bars">Bars in display order: left to right, or top to bottom when <paramref name="Horizontal"/>.</param>
/// <param name="CategoryAxisLabel">Title of the axis that carries the bar labels, if any.</param>
/// <param name="ValueAxisLabel">Title of the axis that carries the values, if any.</param>
/// <param name="Horizontal">Horizontal bars suit long labels such as limitation themes.</param>
public sealed record BarChartData(
    string Title,
    IReadOnlyList<BarItem> Bars,
    string? CategoryAxisLabel = null,
    string? ValueAxisLabel = null,
    bool Horizontal = false) : ChartData(Title);

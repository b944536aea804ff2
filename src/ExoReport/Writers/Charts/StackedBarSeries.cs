namespace ExoReport.Writers.Charts;

/// <summary>
/// One stacked series, e.g. a delivery route, with the group it belongs to (e.g. "systemic" or "local")
/// and one value per category of the chart.
/// </summary>
public sealed record StackedBarSeries(string Label, string Group, IReadOnlyList<double> Values);

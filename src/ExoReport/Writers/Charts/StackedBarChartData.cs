namespace ExoReport.Writers.Charts;

/// <summary>
/// Vertical stacked bars, e.g. delivery routes per cell-source category. Series of one group are stacked
/// together and coloured from one colour family, so systemic and local routes read apart at a glance.
/// </summary>
/// <param name="Categories">Bar labels left to right.</param>
/// <param name="Series">Each series has one value per category.</param>
public sealed record StackedBarChartData(
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<StackedBarSeries> Series,
    string? CategoryAxisLabel = null,
    string? ValueAxisLabel = null) : ChartData(Title)
{
    /// <summary>Throws when a series does not have one value per category, or a value is negative.</summary>
    public void Validate()
    {
        foreach (StackedBarSeries series in Series)
        {
            if (series.Values.Count != Categories.Count)
                throw new ArgumentException(
                    $"Stacked bar chart '{Title}': series '{series.Label}' has {series.Values.Count} values for {Categories.Count} categories.");
            if (series.Values.Any(v => v < 0 || !double.IsFinite(v)))
                throw new ArgumentException($"Stacked bar chart '{Title}': series '{series.Label}' has a negative or non-finite value.");
        }
    }
}

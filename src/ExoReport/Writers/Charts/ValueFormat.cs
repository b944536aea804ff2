using System.Globalization;

namespace ExoReport.Writers.Charts;

/// <summary>How values and value-axis ticks are written: invariant culture, no needless decimals.</summary>
internal static class ValueFormat
{
    public static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static bool AllIntegral(IEnumerable<double> values) => values.All(v => v == Math.Floor(v));

    /// <summary>Top of the value axis: some room above the largest value for its printed label.</summary>
    public static double UpperLimit(double max) => max <= 0 ? 1 : max * 1.12;

    /// <summary>
    /// Value-axis ticks: automatic spacing, whole numbers only when the values are counts, and labels in
    /// the invariant culture whatever the machine's culture.
    /// </summary>
    public static ScottPlot.TickGenerators.NumericAutomatic TickGenerator(bool integral) => new()
    {
        IntegerTicksOnly = integral,
        LabelFormatter = Format,
        // About six labelled steps: enough to read a bar against, few enough to stay quiet.
        TargetTickCount = 6,
    };
}

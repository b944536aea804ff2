namespace ExoReport.Writers.Charts;

/// <summary>One bar: its category label and its value (e.g. a number of studies).</summary>
public sealed record BarItem(string Label, double Value);

namespace ExoReport.Evidence.Model;

/// <summary>Report options an author keeps in the file: Table 1's caption and which charts to draw.</summary>
public sealed record ReportSettings(string Table1Caption, IReadOnlyList<ChartSetting> Charts);

/// <summary>A chart to draw: kind is one of evidence-map, sources, routes, years, limitations.</summary>
public sealed record ChartSetting(string Kind, string? Title, int? Width, int? Height);

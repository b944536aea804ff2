namespace ExoReport.Writers.Charts;

/// <summary>
/// What one chart shows, free of any report-model or drawing type, so Synthesis can fill it and the
/// renderer can draw it without either knowing the other.
/// </summary>
public abstract record ChartData(string Title);

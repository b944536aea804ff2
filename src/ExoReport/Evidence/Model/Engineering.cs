using ExoReport.Diagnostics;

namespace ExoReport.Evidence.Model;

/// <summary>How the exosomes were engineered or preconditioned, with the figures the study reports.</summary>
public sealed record Engineering(
    string StrategyId,
    string? Method,
    string? Agent,
    IReadOnlyList<ReportedFigure> Figures,
    SourceSpan Where);

/// <summary>A reported number: 17.13 ± 1.64 % loading efficiency. Value and sd keep the digits as written.</summary>
public sealed record ReportedFigure(string Measure, decimal Value, decimal? Sd, string? Unit);

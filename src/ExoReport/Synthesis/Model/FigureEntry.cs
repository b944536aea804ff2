namespace ExoReport.Synthesis.Model;

/// <summary>A figure of the report: its file stem under figures/, its number and caption.</summary>
public sealed record FigureEntry(string Id, int Number, string Kind, string Caption);

namespace ExoReport.Writers.Charts;

/// <summary>One row of the evidence map: a cell source and the category it is grouped under.</summary>
public sealed record EvidenceMapRow(string Label, string Group);

namespace ExoReport.Synthesis.Model;

/// <summary>The report's title block: what the review is, and how much evidence it holds.</summary>
public sealed record TitleBlock(
    string Title,
    IReadOnlyList<string> Authors,
    string Condition,
    string? ConditionAbbreviation,
    string Date,
    IReadOnlyList<string> Keywords,
    EvidenceCounts Counts);

public sealed record EvidenceCounts(int Studies, int Table1Rows, int Sources, int Mechanisms, int Routes, int Species, int References);

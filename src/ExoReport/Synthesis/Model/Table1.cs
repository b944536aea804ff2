namespace ExoReport.Synthesis.Model;

/// <summary>Table 1: cell source → mechanisms of repair → delivery way → limitation, in the review's order and words.</summary>
public sealed record Table1(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<Table1Row> Rows)
{
    public static readonly IReadOnlyList<string> DefaultHeaders =
        ["Cellular Resource of Exosomes", "Mechanisms of Spinal Cord Repair", "Delivery Ways", "Limitation"];
}

/// <summary>One row; each list holds the items the printed table shows on separate lines.</summary>
public sealed record Table1Row(
    int Row,
    string StudyId,
    string Source,
    Citation Citation,
    IReadOnlyList<string> Mechanisms,
    IReadOnlyList<string> Delivery,
    IReadOnlyList<string> Limitations);

namespace ExoReport.Diff;

/// <summary>What changed between two versions of an evidence file, in the terms a reviewer of a pull request uses.</summary>
public sealed record EvidenceChanges(
    IReadOnlyList<StudySummary> AddedStudies,
    IReadOnlyList<StudySummary> RemovedStudies,
    IReadOnlyList<StudyChange> ChangedStudies,
    IReadOnlyList<Table1RowChange> Table1Rows,
    IReadOnlyList<ReferenceSummary> AddedReferences,
    IReadOnlyList<ReferenceSummary> RemovedReferences,
    IReadOnlyList<ReferenceChange> ChangedReferences)
{
    public bool IsEmpty => AddedStudies.Count == 0 && RemovedStudies.Count == 0 && ChangedStudies.Count == 0
        && Table1Rows.Count == 0 && AddedReferences.Count == 0 && RemovedReferences.Count == 0 && ChangedReferences.Count == 0;
}

public sealed record StudySummary(string Id, string Source, string Reference);

public sealed record StudyChange(string Id, IReadOnlyList<FieldChange> Fields);

public sealed record ReferenceSummary(string Id, string Text);

public sealed record ReferenceChange(string Id, IReadOnlyList<FieldChange> Fields);

/// <summary>One field of a record: its old and new text (null when absent on that side).</summary>
public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>A Table 1 row as printed before and after (null when the row did not exist on that side).</summary>
public sealed record Table1RowChange(int Row, string? Old, string? New);

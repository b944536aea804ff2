namespace ExoReport.Writers.Charts;

/// <summary>
/// The evidence and gap map (after the Campbell Collaboration's maps): cell sources as rows, grouped by
/// category, mechanism categories as columns, and the number of studies for each combination.
/// </summary>
/// <param name="Rows">Rows top to bottom; rows of one group should be adjacent (each run of a group is drawn as a band).</param>
/// <param name="Columns">Column labels left to right.</param>
/// <param name="Counts">Studies per cell, indexed [row][column]; zero marks an evidence gap.</param>
public sealed record EvidenceMapData(
    string Title,
    IReadOnlyList<EvidenceMapRow> Rows,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<int>> Counts) : ChartData(Title)
{
    /// <summary>Throws when the counts do not match the rows and columns, or a count is negative.</summary>
    public void Validate()
    {
        if (Counts.Count != Rows.Count)
            throw new ArgumentException($"Evidence map '{Title}' has {Rows.Count} rows but {Counts.Count} rows of counts.");
        for (int r = 0; r < Counts.Count; r++)
        {
            if (Counts[r].Count != Columns.Count)
                throw new ArgumentException(
                    $"Evidence map '{Title}': row {r} ('{Rows[r].Label}') has {Counts[r].Count} counts for {Columns.Count} columns.");
            if (Counts[r].Any(c => c < 0))
                throw new ArgumentException($"Evidence map '{Title}': row {r} ('{Rows[r].Label}') has a negative count.");
        }
    }
}

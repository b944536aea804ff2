namespace ExoReport.Writers.Charts;

/// <summary>Adjacent rows of the evidence map that share a group: rows First..Last (inclusive, top to bottom).</summary>
internal sealed record GroupRun(string Group, int First, int Last)
{
    public int Count => Last - First + 1;

    /// <summary>Splits rows into runs of equal group, in order; a group that comes back later starts a new run.</summary>
    public static IReadOnlyList<GroupRun> Find(IReadOnlyList<EvidenceMapRow> rows)
    {
        var runs = new List<GroupRun>();
        int start = 0;
        for (int i = 1; i <= rows.Count; i++)
        {
            if (i == rows.Count || rows[i].Group != rows[start].Group)
            {
                runs.Add(new GroupRun(rows[start].Group, start, i - 1));
                start = i;
            }
        }
        return runs;
    }
}

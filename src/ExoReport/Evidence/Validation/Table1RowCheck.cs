using System.Globalization;

namespace ExoReport.Evidence.Validation;

/// <summary>
/// EXO046/EXO047: Table 1 rows are the manuscript's own order, so each row number is claimed by one study and
/// the numbers run 1..N without gaps (a gap means a study was dropped or misnumbered).
/// </summary>
internal sealed class Table1RowCheck : IEvidenceCheck
{
    private const int MaxListedGaps = 10;

    public void Run(ValidationContext context)
    {
        var studies = context.Evidence.Studies;
        var firstByRow = new SortedDictionary<int, int>();
        for (var i = 0; i < studies.Count; i++)
        {
            if (studies[i].Table1 is not { } placement)
                continue;
            if (firstByRow.TryAdd(placement.Row, i))
                continue;
            var other = studies[firstByRow[placement.Row]];
            context.Error(EvidencePointer.Of("studies", i, "table1", "row"), EvidenceCodes.DuplicateTable1Row,
                string.Create(CultureInfo.InvariantCulture,
                    $"Table 1 row {placement.Row} is already taken by study '{other.Id}' (line {other.Where.Line})"));
        }

        if (firstByRow.Count == 0)
            return;
        var last = firstByRow.Keys.Last();
        var missing = Enumerable.Range(1, last).Where(row => !firstByRow.ContainsKey(row)).ToArray();
        if (missing.Length == 0)
            return;
        var firstAfterGap = firstByRow.First(entry => entry.Key > missing[0]).Value;
        var listed = string.Join(", ", missing.Take(MaxListedGaps).Select(row => row.ToString(CultureInfo.InvariantCulture)))
                     + (missing.Length > MaxListedGaps ? ", …" : "");
        context.Error(EvidencePointer.Of("studies", firstAfterGap, "table1", "row"), EvidenceCodes.Table1RowGap,
            string.Create(CultureInfo.InvariantCulture,
                $"Table 1 rows must run 1..{last} without gaps; no study has row {listed}"));
    }
}

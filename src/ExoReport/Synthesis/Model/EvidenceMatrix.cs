namespace ExoReport.Synthesis.Model;

/// <summary>Cell sources (grouped by category) × mechanism categories; each cell counts studies and cites them.</summary>
public sealed record EvidenceMatrix(IReadOnlyList<MatrixColumn> Columns, IReadOnlyList<MatrixGroup> Groups)
{
    public int FilledCells => Groups.Sum(g => g.Rows.Sum(r => r.Cells.Count(c => c.Count > 0)));
    public int GapCells => Groups.Sum(g => g.Rows.Sum(r => r.Cells.Count(c => c.Count == 0)));
}

public sealed record MatrixColumn(string Id, string Label);

public sealed record MatrixGroup(string Id, string Label, IReadOnlyList<MatrixRow> Rows);

public sealed record MatrixRow(string SourceId, string Source, IReadOnlyList<MatrixCell> Cells, int Total);

/// <summary>A matrix cell: zero studies is a gap in the evidence.</summary>
public sealed record MatrixCell(string MechanismId, int Count, Citation Citation)
{
    public bool IsGap => Count == 0;
}

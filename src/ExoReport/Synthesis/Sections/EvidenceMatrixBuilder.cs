using ExoReport.Synthesis.Model;

namespace ExoReport.Synthesis.Sections;

internal static class EvidenceMatrixBuilder
{
    public static EvidenceMatrix Build(EvidenceIndex index, CitationNumbering numbering)
    {
        var taxonomy = index.Evidence.Taxonomy;
        var columns = taxonomy.Mechanisms.Select(m => new MatrixColumn(m.Id, m.Label)).ToList();
        var groups = new List<MatrixGroup>();
        foreach (var category in taxonomy.SourceCategories)
        {
            var rows = taxonomy.Sources
                .Where(s => s.Category == category.Id)
                .Select(source =>
                {
                    var studies = index.Studies.Where(s => s.SourceId == source.Id).ToList();
                    var cells = columns.Select(column =>
                    {
                        var hits = studies.Where(s => s.MechanismIds.Contains(column.Id)).ToList();
                        return new MatrixCell(column.Id, hits.Count, numbering.Cite(hits.Select(h => h.ReferenceId)));
                    }).ToList();
                    return new MatrixRow(source.Id, source.Label, cells, studies.Count);
                })
                .ToList();
            if (rows.Count > 0)
                groups.Add(new MatrixGroup(category.Id, category.Label, rows));
        }
        return new EvidenceMatrix(columns, groups);
    }
}

using ExoReport.Synthesis.Model;

namespace ExoReport.Synthesis.Sections;

internal static class Table1Builder
{
    public static Table1 Build(EvidenceIndex index, CitationNumbering numbering)
    {
        var rows = index.Studies
            .Where(s => s.Table1 is not null)
            .OrderBy(s => s.Table1!.Row)
            .Select(s => new Table1Row(
                Row: s.Table1!.Row,
                StudyId: s.Id,
                // Table 1 prints the review's own words for the source when the study gives them.
                Source: string.IsNullOrWhiteSpace(s.SourceDetail) ? index.SourceLabel(s.SourceId) : s.SourceDetail,
                Citation: numbering.Cite(s.ReferenceId),
                Mechanisms: s.Findings,
                Delivery: s.Delivery is null
                    ? [TextDefaults.Missing]
                    : [s.Delivery.Wording ?? index.Routes[s.Delivery.RouteId].Label],
                Limitations: s.Limitations.Select(l => l.Text).ToList()))
            .ToList();
        return new Table1(index.Evidence.Report.Table1Caption, Table1.DefaultHeaders, rows);
    }
}

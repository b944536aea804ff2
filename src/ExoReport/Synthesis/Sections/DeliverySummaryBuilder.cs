using ExoReport.Evidence.Model;
using ExoReport.Synthesis.Model;

namespace ExoReport.Synthesis.Sections;

internal static class DeliverySummaryBuilder
{
    public static DeliverySummary Build(EvidenceIndex index, CitationNumbering numbering)
    {
        var routes = index.Evidence.Taxonomy.Routes.Select(route =>
        {
            var studies = index.Studies.Where(s => s.Delivery?.RouteId == route.Id).ToList();
            return new RouteEntry(
                route.Id,
                route.Label,
                KindLabel(route.Kind),
                studies.Count,
                studies.Select(s => index.SourceLabel(s.SourceId)).Distinct().ToList(),
                numbering.Cite(studies.Select(s => s.ReferenceId)));
        }).ToList();
        int CountOf(RouteKind kind) => index.Studies.Count(s => s.Delivery is not null && index.Routes[s.Delivery.RouteId].Kind == kind);
        return new DeliverySummary(routes, CountOf(RouteKind.Systemic), CountOf(RouteKind.Local),
            index.Studies.Count(s => s.Delivery is null));
    }

    public static string KindLabel(RouteKind kind) => kind == RouteKind.Systemic ? "systemic" : "local";
}

using ExoReport.Evidence.Model;
using ExoReport.Synthesis.Model;

namespace ExoReport.Synthesis.Sections;

internal static class FigureListBuilder
{
    public static IReadOnlyList<FigureEntry> Build(EvidenceIndex index)
    {
        var condition = index.Evidence.Review.Condition;
        var name = condition.Abbreviation ?? condition.Name;
        return index.Evidence.Report.Charts
            .Select((chart, i) => new FigureEntry(chart.Kind, i + 1, chart.Kind, chart.Title ?? DefaultCaption(chart, name)))
            .ToList();
    }

    private static string DefaultCaption(ChartSetting chart, string condition) => chart.Kind switch
    {
        "evidence-map" => $"Evidence map of exosome studies in {condition}: cell sources (grouped by category) × mechanisms of repair; circle size is the number of studies, empty cells are gaps in the evidence",
        "sources" => "Studies per cell-source category",
        "routes" => "Delivery routes per cell-source category, systemic versus local",
        "years" => "Studies per publication year",
        "limitations" => "The most frequent limitation themes (number of studies naming each)",
        _ => chart.Kind,
    };
}

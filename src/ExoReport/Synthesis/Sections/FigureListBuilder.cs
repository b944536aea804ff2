using ExoReport.Evidence.Model;
using ExoReport.Synthesis.Model;
using ExoReport.Writers.Charts;

namespace ExoReport.Synthesis.Sections;

/// <summary>The figures the evidence file asks for (by default all five kinds), each with its chart data.</summary>
internal static class FigureListBuilder
{
    public static IReadOnlyList<FigureEntry> Build(EvidenceIndex index, EvidenceMatrix matrix, IReadOnlyList<LimitationTheme> limitations)
    {
        var condition = index.Evidence.Review.Condition;
        var name = condition.Abbreviation ?? condition.Name;
        var figures = new List<FigureEntry>();
        foreach (var setting in index.Evidence.Report.Charts)
        {
            var caption = setting.Title ?? DefaultCaption(setting.Kind, name, index);
            var id = figures.Any(f => f.Id == setting.Kind) ? $"{setting.Kind}-{figures.Count + 1}" : setting.Kind;
            ChartData data = setting.Kind switch
            {
                "evidence-map" => EvidenceMap(matrix, caption),
                "sources" => StudiesPerCategory(matrix),
                "routes" => RoutesPerCategory(index),
                "years" => StudiesPerYear(index),
                "limitations" => Limitations(limitations),
                _ => throw new InvalidOperationException($"chart kind '{setting.Kind}' passed validation but has no builder"),
            };
            var chart = data is EvidenceMapData map && setting.Height is null
                ? ChartDefinition.ForEvidenceMap(id, caption, map) with { Width = setting.Width ?? ChartDefinition.DefaultWidth }
                : new ChartDefinition(id, caption, data, setting.Width ?? ChartDefinition.DefaultWidth, setting.Height ?? ChartDefinition.DefaultHeight);
            figures.Add(new FigureEntry(id, figures.Count + 1, setting.Kind, caption, chart));
        }
        return figures;
    }

    private static EvidenceMapData EvidenceMap(EvidenceMatrix matrix, string caption)
    {
        var rows = matrix.Groups.SelectMany(g => g.Rows.Select(r => (Group: g.Label, Row: r))).ToList();
        return new EvidenceMapData("Evidence map: cell sources × mechanisms of repair",
            rows.Select(r => new EvidenceMapRow(r.Row.Source, r.Group)).ToList(),
            matrix.Columns.Select(c => c.Label).ToList(),
            rows.Select(r => (IReadOnlyList<int>)r.Row.Cells.Select(c => c.Count).ToList()).ToList());
    }

    private static BarChartData StudiesPerCategory(EvidenceMatrix matrix) =>
        new("Studies per cell-source category",
            matrix.Groups.Select(g => new BarItem(g.Label, g.Rows.Sum(r => r.Total))).ToList(),
            CategoryAxisLabel: "Cell-source category", ValueAxisLabel: "Studies");

    private static StackedBarChartData RoutesPerCategory(EvidenceIndex index)
    {
        var taxonomy = index.Evidence.Taxonomy;
        var categories = taxonomy.SourceCategories.Where(c => taxonomy.Sources.Any(s => s.Category == c.Id)).ToList();
        var series = taxonomy.Routes
            .OrderBy(r => r.Kind) // systemic routes first, then local, each in file order
            .Select(route => new StackedBarSeries(route.Label, route.Kind == RouteKind.Systemic ? "Systemic" : "Local",
                categories.Select(c => (double)index.Studies.Count(s =>
                    s.Delivery?.RouteId == route.Id && index.Sources[s.SourceId].Category == c.Id)).ToList()))
            .Where(s => s.Values.Any(v => v > 0))
            .ToList();
        return new StackedBarChartData("Delivery routes per cell-source category", categories.Select(c => c.Label).ToList(), series,
            CategoryAxisLabel: "Cell-source category", ValueAxisLabel: "Studies");
    }

    private static BarChartData StudiesPerYear(EvidenceIndex index)
    {
        var years = index.Studies.Select(index.Year).OfType<int>().ToList();
        var bars = years.Count == 0
            ? new List<BarItem>()
            : Enumerable.Range(years.Min(), years.Max() - years.Min() + 1)
                .Select(y => new BarItem(y.ToString(System.Globalization.CultureInfo.InvariantCulture), years.Count(v => v == y)))
                .ToList();
        return new BarChartData("Studies per publication year", bars, CategoryAxisLabel: "Publication year", ValueAxisLabel: "Studies");
    }

    private static BarChartData Limitations(IReadOnlyList<LimitationTheme> themes) =>
        new("Most frequent limitation themes",
            themes.Take(10).Select(t => new BarItem(t.Label, t.Studies)).ToList(),
            ValueAxisLabel: "Studies naming the theme", Horizontal: true);

    private static string DefaultCaption(string kind, string condition, EvidenceIndex index) => kind switch
    {
        "evidence-map" => $"Evidence map of exosome studies in {condition}: cell sources (grouped by category) × mechanisms of repair; circle size is the number of studies, empty cells are gaps in the evidence.",
        "sources" => "Studies per cell-source category.",
        "routes" => "Delivery routes per cell-source category, systemic versus local; " + RouteCoverage(index) + ".",
        "years" => "Studies per publication year.",
        "limitations" => "The most frequent limitation themes (number of studies naming each).",
        _ => kind,
    };

    /// <summary>
    /// How many studies the routes chart counts: only those that report a route, so a category whose studies
    /// report none shows an empty bar that would otherwise read as "no studies".
    /// </summary>
    private static string RouteCoverage(EvidenceIndex index)
    {
        var withRoute = index.Studies.Count(s => s.Delivery?.RouteId is not null);
        var all = index.Studies.Count;
        return withRoute == all
            ? "every study reports its route"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{withRoute} of {all} studies report a route");
    }
}

using ExoReport.Writers.Charts;

namespace ExoReport.Tests.Charts;

/// <summary>Small, realistic chart data in the shape Synthesis produces for the exosome review.</summary>
internal static class ChartSamples
{
    public static readonly EvidenceMapRow[] Sources =
    [
        new("Bone marrow mesenchymal stem cells", "Mesenchymal stem cells"),
        new("Human umbilical cord mesenchymal stem cells", "Mesenchymal stem cells"),
        new("Adipose-derived stem cells", "Mesenchymal stem cells"),
        new("M2 macrophages", "Immune cells"),
        new("Human umbilical vein endothelial cells", "Other cells"),
        new("Schwann cells", "Other cells"),
    ];

    public static readonly string[] Mechanisms =
    [
        "Anti-inflammation & immunomodulation",
        "Angiogenesis",
        "Anti-apoptosis",
        "Axon regeneration",
        "Blood–spinal cord barrier repair",
    ];

    // Zeros are evidence gaps: 11 of the 30 cells.
    public static readonly int[][] Counts =
    [
        [7, 3, 5, 4, 1],
        [4, 2, 3, 0, 0],
        [2, 0, 1, 1, 0],
        [3, 0, 1, 0, 0],
        [0, 3, 0, 0, 2],
        [0, 0, 0, 2, 0],
    ];

    public static EvidenceMapData EvidenceMap() => new(
        "Evidence map: cell sources of exosomes × mechanisms of repair", Sources, Mechanisms, Counts);

    public static BarChartData StudiesPerCategory() => new(
        "Studies per cell-source category",
        [
            new("Mesenchymal stem cells", 31),
            new("Neural stem and progenitor cells", 6),
            new("Immune cells", 5),
            new("Human umbilical vein endothelial cells", 3),
            new("Other cells", 4),
        ],
        CategoryAxisLabel: "Cell-source category",
        ValueAxisLabel: "Studies");

    public static BarChartData StudiesPerYear() => new(
        "Studies per publication year",
        Enumerable.Range(2015, 10).Select((year, i) => new BarItem(year.ToString(System.Globalization.CultureInfo.InvariantCulture), new[] { 1, 0, 2, 3, 5, 8, 11, 9, 7, 4 }[i])).ToArray(),
        CategoryAxisLabel: "Publication year",
        ValueAxisLabel: "Studies");

    public static BarChartData LimitationThemes() => new(
        "Most frequent limitation themes",
        [
            new("Small animal models only; no large-animal or human data", 18),
            new("Heterogeneous exosome isolation and characterisation methods", 14),
            new("Short follow-up", 11),
            new("Unclear dose–response relationship", 9),
            new("Off-target distribution after systemic injection", 6),
            new("Batch-to-batch variability", 4),
        ],
        ValueAxisLabel: "Studies reporting the limitation",
        Horizontal: true);

    public static StackedBarChartData DeliveryRoutes() => new(
        "Delivery routes per cell-source category",
        ["Mesenchymal stem cells", "Neural stem and progenitor cells", "Immune cells", "Human umbilical vein endothelial cells"],
        [
            new("Intravenous (tail vein)", "systemic", [18, 3, 4, 1]),
            new("Intraperitoneal", "systemic", [2, 0, 0, 0]),
            new("Intrathecal", "local", [4, 1, 0, 1]),
            new("Hydrogel or scaffold at the lesion", "local", [5, 2, 1, 0]),
            new("Direct injection into the lesion", "local", [2, 0, 0, 1]),
        ],
        CategoryAxisLabel: "Cell-source category",
        ValueAxisLabel: "Studies");

    public static IReadOnlyList<ChartDefinition> All() =>
    [
        new("evidence-map", "Evidence and gap map of cell sources and mechanisms.", EvidenceMap()),
        new("studies-per-category", "Studies per cell-source category.", StudiesPerCategory()),
        new("delivery-routes", "Delivery routes per cell-source category, systemic versus local.", DeliveryRoutes()),
        new("studies-per-year", "Studies per publication year.", StudiesPerYear()),
        new("limitation-themes", "The most frequent limitation themes.", LimitationThemes()),
    ];
}

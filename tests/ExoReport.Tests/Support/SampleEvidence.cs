using ExoReport.Diagnostics;
using ExoReport.Evidence.Model;

namespace ExoReport.Tests.Support;

/// <summary>A small evidence file built in code, for tests of synthesis and writers that must not depend on YAML.</summary>
public static class SampleEvidence
{
    private static readonly SourceSpan At = new("sample.yaml", 1, 1);

    public static Reference Ref(string id, int? number, int year, string? doi = null) =>
        new(id, number, ["Doe J", "Roe R"], EtAl: number is not null && number % 2 == 0, $"Title of {id}", "J Test", year,
            "12", "3", "100–110", doi ?? $"10.1000/{id}", At);

    public static Study Study(string id, string reference, string source, string[] mechanisms, int? table1Row = null,
        string route = "tail-iv", Engineering? engineering = null, string[]? themes = null, string? species = "rat") =>
        new(id, reference, source, SourceDetail: null, new StudyModel(species, "contusion"),
            new Delivery(route, Wording: null, At),
            Findings: [$"Finding A of {id}", $"finding b of {id}"],
            MechanismIds: mechanisms,
            Effect: null,
            Cargo: [new Cargo("mirna", $"miR-{id.Length}")],
            Pathways: ["PI3K/AKT"],
            engineering,
            Limitations: (themes ?? ["mechanism"]).Select(t => new Limitation($"Limitation {t} of {id}", t, At)).ToList(),
            table1Row is null ? null : new Table1Placement(table1Row.Value, At),
            At);

    public static EvidenceFile Create(IReadOnlyList<Reference>? references = null, IReadOnlyList<Study>? studies = null)
    {
        var taxonomy = new Taxonomy(
            SourceCategories: [Term("stem-cells", "Stem cells"), Term("immune-cells", "Immune cells"), Term("neurons", "Neurons")],
            Sources:
            [
                new CellSource("bm-msc", "Bone marrow mesenchymal stem cell", "stem-cells", "BMSC", At),
                new CellSource("m2", "M2 macrophage", "immune-cells", null, At),
                new CellSource("neuron", "Neuron", "neurons", null, At),
            ],
            Mechanisms: [Term("inflammation", "Inflammation and pyroptosis"), Term("vascular", "Vascularization"), Term("axon", "Axonal regeneration")],
            Routes: [new DeliveryRoute("tail-iv", "Tail intravenous injection", RouteKind.Systemic, At), new DeliveryRoute("hydrogel", "Local implantation", RouteKind.Local, At)],
            EngineeringStrategies: [Term("cargo-loading", "Cargo loading")],
            LimitationThemes: [Term("mechanism", "Insufficient depth of mechanism"), Term("model", "Limitations of the experimental model")]);
        references ??= [Ref("a2020", 39, 2020), Ref("b2021", 41, 2021), Ref("c2022", 43, 2022), Ref("d2019", 12, 2019)];
        studies ??=
        [
            Study("s1", "b2021", "bm-msc", ["inflammation", "vascular"], table1Row: 2),
            Study("s2", "a2020", "m2", ["inflammation"], table1Row: 1, route: "hydrogel", themes: ["mechanism", "model"]),
            Study("s3", "c2022", "m2", ["inflammation"], engineering: new Engineering("cargo-loading", "ultrasonication", "berberine",
                [new ReportedFigure("loading efficiency", 17.13m, 1.64m, "%"), new ReportedFigure("release", 48m, null, "h")], At)),
        ];
        var review = new ReviewInfo("A review", ["Ann Author", "Ben Writer"], new Condition("spinal cord injury", "SCI"), "2025-06-30",
            ["exosomes"], null, null, null, null, At);
        return new EvidenceFile("sample.yaml", review, taxonomy, references, studies,
            [new ClinicalTrial("trial", "d2019", "I", "bm-msc", "tail-iv", 9, "complete subacute SCI", 12, "Safe.", At)],
            new ReportSettings("Summary table", [new ChartSetting("evidence-map", null, null, null)]));
    }

    private static TaxonomyTerm Term(string id, string label) => new(id, label, null, At);
}

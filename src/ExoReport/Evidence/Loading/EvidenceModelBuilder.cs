using System.Text.Json.Nodes;
using ExoReport.Evidence.Model;

namespace ExoReport.Evidence.Loading;

/// <summary>
/// Builds the immutable evidence model from a schema-valid document. Lists keep the file's order (the semantic
/// checks rely on index i of a model list being item i in the file), and absent optional parts get defaults.
/// </summary>
internal static class EvidenceModelBuilder
{
    public const string DefaultTable1Caption = "Table 1";

    /// <summary>The charts drawn when a file names none: one of each kind.</summary>
    public static readonly IReadOnlyList<ChartSetting> DefaultCharts =
    [
        new("evidence-map", null, null, null),
        new("sources", null, null, null),
        new("routes", null, null, null),
        new("years", null, null, null),
        new("limitations", null, null, null),
    ];

    public static EvidenceFile Build(string file, JsonObject json, SourceMap map)
    {
        var root = new FieldReader(json, JsonPointerText.Root, map);
        return new EvidenceFile(
            file,
            Review(root.Object("review")!.Value),
            Taxonomy(root.Object("taxonomy")!.Value),
            root.Objects("references", Reference),
            root.Objects("studies", Study),
            root.Objects("clinical", Clinical),
            Report(root.Object("report")));
    }

    private static ReviewInfo Review(FieldReader r)
    {
        var condition = r.Object("condition")!.Value;
        return new ReviewInfo(
            r.Text("title"),
            r.Texts("authors"),
            new Condition(condition.Text("name"), condition.OptionalText("abbreviation")),
            r.Text("date"),
            r.Texts("keywords"),
            r.OptionalText("journal"),
            r.OptionalInt("year"),
            r.OptionalText("doi"),
            r.OptionalText("source"),
            r.Where);
    }

    private static Taxonomy Taxonomy(FieldReader t) => new(
        t.Objects("source_categories", Term),
        t.Objects("sources", s => new CellSource(s.Text("id"), s.Text("label"), s.Text("category"), s.OptionalText("abbreviation"), s.Where)),
        t.Objects("mechanisms", Term),
        t.Objects("routes", r => new DeliveryRoute(r.Text("id"), r.Text("label"), r.Text("kind") == "local" ? RouteKind.Local : RouteKind.Systemic, r.Where)),
        t.Objects("engineering_strategies", Term),
        t.Objects("limitation_themes", Term));

    private static TaxonomyTerm Term(FieldReader t) => new(t.Text("id"), t.Text("label"), t.OptionalText("description"), t.Where);

    private static Reference Reference(FieldReader r) => new(
        r.Text("id"),
        r.OptionalInt("number"),
        r.Texts("authors"),
        r.Boolean("et_al", fallback: false),
        r.Text("title"),
        r.Text("journal"),
        r.OptionalInt("year"),
        r.OptionalText("volume"),
        r.OptionalText("issue"),
        r.OptionalText("pages"),
        r.OptionalText("doi"),
        r.Where,
        r.Boolean("background", fallback: false));

    private static Study Study(FieldReader s)
    {
        var model = s.Object("model") is { } m ? new StudyModel(m.OptionalText("species"), m.OptionalText("injury")) : null;
        var delivery = s.Object("delivery") is { } d ? new Delivery(d.Text("route"), d.OptionalText("wording"), d.Where) : null;
        var engineering = s.Object("engineering") is { } e
            ? new Engineering(
                e.Text("strategy"),
                e.OptionalText("method"),
                e.OptionalText("agent"),
                e.Objects("figures", f => new ReportedFigure(f.Text("measure"), f.Decimal("value"), f.OptionalDecimal("sd"), f.OptionalText("unit"))),
                e.Where)
            : null;
        var table1 = s.Object("table1") is { } t ? new Table1Placement(t.Int("row"), t.Where) : null;
        return new Study(
            s.Text("id"),
            s.Text("reference"),
            s.Text("source"),
            s.OptionalText("source_detail"),
            model,
            delivery,
            s.Texts("findings"),
            s.Texts("mechanisms"),
            s.OptionalText("effect"),
            s.Objects("cargo", c => new Cargo(c.Text("kind"), c.Text("name"))),
            s.Texts("pathways"),
            engineering,
            s.Objects("limitations", l => new Limitation(l.Text("text"), l.Text("theme"), l.Where)),
            table1,
            s.Where);
    }

    private static ClinicalTrial Clinical(FieldReader c) => new(
        c.Text("id"),
        c.Text("reference"),
        c.OptionalText("phase"),
        c.Text("source"),
        c.Text("route"),
        c.OptionalInt("patients"),
        c.OptionalText("population"),
        c.OptionalInt("follow_up_months"),
        c.Text("outcome"),
        c.Where);

    private static ReportSettings Report(FieldReader? report)
    {
        if (report is not { } r)
            return new ReportSettings(DefaultTable1Caption, DefaultCharts);
        var charts = r.Has("charts")
            ? r.Objects("charts", c => new ChartSetting(c.Text("kind"), c.OptionalText("title"), c.OptionalInt("width"), c.OptionalInt("height")))
            : DefaultCharts;
        return new ReportSettings(r.OptionalText("table1_caption") ?? DefaultTable1Caption, charts);
    }
}

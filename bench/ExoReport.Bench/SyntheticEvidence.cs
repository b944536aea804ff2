using System.Globalization;
using System.Text;

namespace ExoReport.Bench;

/// <summary>
/// Writes a deterministic synthetic evidence file of N studies, shaped like the review: 3 to 6 findings and
/// 4 to 5 limitations a study, one reference a study, the review's mix of sources, mechanisms and routes,
/// and every study in Table 1. The same N gives the same bytes.
/// </summary>
public static class SyntheticEvidence
{
    private static readonly string[] Words =
        ["promotion", "of", "axonal", "regeneration", "inhibition", "glial", "scar", "formation", "improvement", "motor",
         "function", "recovery", "reduction", "neuronal", "apoptosis", "vascular", "endothelial", "macrophage", "polarization",
         "anti-inflammatory", "pyroptosis", "blood–spinal", "cord", "barrier", "integrity", "exosome", "delivery", "β-catenin",
         "NF-κB", "miR-124-3p", "PI3K/AKT", "sustained", "release", "hydrogel", "Schwann", "oligodendrocyte", "myelination"];

    private static readonly (string Id, string Label, string Category)[] Sources =
    [
        ("bm-msc", "Bone marrow mesenchymal stem cell", "stem-cells"), ("dp-msc", "Dental pulp mesenchymal stem cell", "stem-cells"),
        ("huc-msc", "Human umbilical cord mesenchymal stem cell", "stem-cells"), ("astrocyte", "Astrocyte", "glia"),
        ("oligodendrocyte", "Oligodendrocyte", "glia"), ("microglia", "Microglia", "glia"), ("schwann-cell", "Schwann cell", "glia"),
        ("m2-macrophage", "M2 macrophage", "immune-cells"), ("m1-macrophage", "M1 macrophage", "immune-cells"),
        ("treg-cell", "Regulatory T cell", "immune-cells"), ("neuron", "Neuron", "neurons"),
        ("huvec", "Human umbilical vein endothelial cell", "vascular-cells"), ("pericyte", "Pericyte", "vascular-cells"),
    ];

    private static readonly string[] Mechanisms = ["inflammation-pyroptosis", "vascularization-bscb", "axonal-regeneration", "glial-scar", "neuroprotection", "myelination"];
    private static readonly (string Id, string Kind)[] Routes = [("tail-iv", "systemic"), ("local-implantation", "local"), ("intrathecal", "local"), ("intranasal", "systemic"), ("local-injection", "local")];
    private static readonly string[] Themes = ["mechanism-depth", "exosome-composition", "experimental-model", "delivery-targeting", "clinical-translation", "long-term-safety"];

    public static string Generate(int studies)
    {
        var random = new Random(20250630 + studies);
        var yaml = new StringBuilder(studies * 1200);
        yaml.Append("# yaml-language-server: $schema=../schema/evidence.schema.json\nschema_version: 1\n");
        yaml.Append("review:\n  title: \"Synthetic evidence base of ").Append(N(studies)).Append(" exosome studies\"\n");
        yaml.Append("  authors: [Synthetic Author]\n  condition: { name: spinal cord injury, abbreviation: SCI }\n  date: \"2025-06-30\"\n");
        yaml.Append("taxonomy:\n  source_categories:\n");
        foreach (var category in Sources.Select(s => s.Category).Distinct())
            yaml.Append("    - { id: ").Append(category).Append(", label: \"").Append(category.Replace('-', ' ')).Append("\" }\n");
        yaml.Append("  sources:\n");
        foreach (var (id, label, category) in Sources)
            yaml.Append("    - { id: ").Append(id).Append(", label: \"").Append(label).Append("\", category: ").Append(category).Append(" }\n");
        yaml.Append("  mechanisms:\n");
        foreach (var mechanism in Mechanisms)
            yaml.Append("    - { id: ").Append(mechanism).Append(", label: \"").Append(mechanism.Replace('-', ' ')).Append("\" }\n");
        yaml.Append("  routes:\n");
        foreach (var (id, kind) in Routes)
            yaml.Append("    - { id: ").Append(id).Append(", label: \"").Append(id.Replace('-', ' ')).Append("\", kind: ").Append(kind).Append(" }\n");
        yaml.Append("  engineering_strategies:\n    - { id: cargo-loading, label: Cargo loading }\n");
        yaml.Append("  limitation_themes:\n");
        foreach (var theme in Themes)
            yaml.Append("    - { id: ").Append(theme).Append(", label: \"").Append(theme.Replace('-', ' ')).Append("\" }\n");

        yaml.Append("references:\n");
        for (var i = 1; i <= studies; i++)
        {
            yaml.Append("  - id: ref").Append(N(i)).Append("\n    number: ").Append(N(i)).Append('\n');
            yaml.Append("    authors: [\"Author").Append(N(i)).Append(" A\", \"Second B\", \"Third C\"]\n    et_al: true\n");
            yaml.Append("    title: \"").Append(Sentence(random, 10, 18)).Append("\"\n    journal: \"J Synthetic Neurosci\"\n");
            yaml.Append("    year: ").Append(N(2005 + random.Next(20))).Append("\n    volume: \"").Append(N(1 + random.Next(40)))
                .Append("\"\n    issue: \"").Append(N(1 + random.Next(12))).Append("\"\n    pages: \"").Append(N(100 + random.Next(900))).Append("\"\n");
            yaml.Append("    doi: 10.5555/synthetic.").Append(N(i)).Append('\n');
        }

        yaml.Append("studies:\n");
        for (var i = 1; i <= studies; i++)
        {
            var source = Sources[random.Next(Sources.Length)];
            var route = Routes[random.Next(Routes.Length)];
            yaml.Append("  - id: study-").Append(N(i)).Append("\n    reference: ref").Append(N(i)).Append("\n    source: ").Append(source.Id).Append('\n');
            yaml.Append("    model: { species: ").Append(random.Next(3) == 0 ? "mouse" : "rat").Append(", injury: contusion }\n");
            yaml.Append("    delivery: { route: ").Append(route.Id).Append(", wording: \"").Append(route.Id.Replace('-', ' ')).Append("\" }\n");
            yaml.Append("    findings:\n");
            for (var f = 3 + random.Next(4); f > 0; f--)
                yaml.Append("      - \"").Append(Sentence(random, 3, 9)).Append("\"\n");
            yaml.Append("    mechanisms: [").Append(string.Join(", ", Pick(random, Mechanisms, 1 + random.Next(3)))).Append("]\n");
            yaml.Append("    cargo: [{ kind: mirna, name: \"miR-").Append(N(1 + random.Next(500))).Append("\" }]\n");
            yaml.Append("    pathways: [\"PI3K/AKT\"]\n    limitations:\n");
            for (var l = 4 + random.Next(2); l > 0; l--)
                yaml.Append("      - { theme: ").Append(Themes[random.Next(Themes.Length)]).Append(", text: \"").Append(Sentence(random, 4, 10)).Append("\" }\n");
            yaml.Append("    table1: { row: ").Append(N(i)).Append(" }\n");
        }
        return yaml.ToString();
    }

    private static IEnumerable<string> Pick(Random random, string[] from, int count) =>
        from.OrderBy(_ => random.Next()).Take(count).Order(StringComparer.Ordinal);

    private static string Sentence(Random random, int min, int max)
    {
        var count = min + random.Next(max - min + 1);
        var words = Enumerable.Range(0, count).Select(_ => Words[random.Next(Words.Length)]).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}

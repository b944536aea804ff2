namespace ExoReport.Tests.Evidence.Fixtures;

/// <summary>
/// Small evidence files built from top-level sections, so a test can swap one section and know exactly what
/// changed. <see cref="Minimal"/> is valid and gives no warning: every term and reference is used.
/// </summary>
public static class EvidenceSamples
{
    public const string SchemaComment = "# yaml-language-server: $schema=../schema/evidence.schema.json\n";

    public const string Review = """
        review:
          title: "How Advanced Are Exosomes as Cell-Free Therapeutics for Spinal Cord Injury?"
          authors: [Yaqi Wu, Yu Wang]
          condition: { name: spinal cord injury, abbreviation: SCI }
          date: "2025-06-30"
          keywords: [exosomes, spinal cord injury]
          journal: Int J Nanomedicine
          year: 2025

        """;

    public const string Taxonomy = """
        taxonomy:
          source_categories:
            - { id: stem-cells, label: Stem cells }
          sources:
            - { id: bm-msc, label: Bone marrow mesenchymal stem cell, category: stem-cells, abbreviation: BMSC }
          mechanisms:
            - { id: inflammation-pyroptosis, label: Relieving inflammation and pyroptosis }
          routes:
            - { id: tail-iv, label: Tail intravenous injection, kind: systemic }
          engineering_strategies:
            - { id: cargo-loading, label: Cargo loading }
          limitation_themes:
            - { id: mechanism-depth, label: Insufficient depth of mechanism research }

        """;

    public const string References = """
        references:
          - id: gao2021
            number: 1
            authors: [Gao ZS, Zhang CJ]
            et_al: true
            title: Berberine-loaded M2 macrophage-derived exosomes for spinal cord injury therapy
            journal: Acta Biomater
            year: 2021
            volume: 126
            pages: "211–223"
            doi: 10.1016/j.actbio.2021.03.018

        """;

    public const string Studies = """
        studies:
          - id: gao2021-berberine
            reference: gao2021
            source: bm-msc
            source_detail: M2 macrophage-derived exosomes
            model: { species: rat, injury: contusion }
            delivery: { route: tail-iv, wording: Tail intravenous injection }
            findings:
              - Regulation of macrophage polarization
            mechanisms: [inflammation-pyroptosis]
            effect: Berberine-loaded exosomes calm inflammation.
            cargo:
              - { kind: drug, name: berberine }
            pathways: [SOCS3/JAK2/STAT3]
            engineering:
              strategy: cargo-loading
              method: iterative ultrasonication
              agent: berberine
              figures:
                - { measure: loading efficiency, value: 17.10, sd: 1.64, unit: "%" }
            limitations:
              - { theme: mechanism-depth, text: Insufficient depth of mechanism research }
            table1: { row: 1 }

        """;

    public const string Clinical = """
        clinical:
          - id: huc-msc-phase1
            reference: gao2021
            phase: I
            source: bm-msc
            route: tail-iv
            patients: 9
            population: complete subacute spinal cord injury
            follow_up_months: 12
            outcome: Safe and well-tolerated.

        """;

    public const string Report = """
        report:
          table1_caption: A Summary of Exosomes From Different Cellular Resources
          charts:
            - { kind: evidence-map, title: Evidence map, width: 900, height: 600 }
            - { kind: years }

        """;

    private static readonly (string Key, string Block)[] MinimalSections =
    [
        ("schema_version", "schema_version: 1\n"),
        ("review", Review),
        ("taxonomy", Taxonomy),
        ("references", References),
        ("studies", Studies),
    ];

    public static string Minimal => Compose(MinimalSections);

    /// <summary>The minimal file plus clinical trials and report settings.</summary>
    public static string Full => Compose([.. MinimalSections, ("clinical", Clinical), ("report", Report)]);

    /// <summary>The minimal file with one top-level section replaced (or added at the end when it is new).</summary>
    public static string With(string key, string block)
    {
        var sections = MinimalSections.ToList();
        var index = sections.FindIndex(s => s.Key == key);
        if (index >= 0)
            sections[index] = (key, block);
        else
            sections.Add((key, block));
        return Compose(sections);
    }

    public static string Without(string key) => Compose(MinimalSections.Where(s => s.Key != key));

    private static string Compose(IEnumerable<(string Key, string Block)> sections) =>
        SchemaComment + string.Concat(sections.Select(s => s.Block.EndsWith('\n') ? s.Block : s.Block + "\n"));
}

using ExoReport.Evidence;
using ExoReport.Evidence.Model;
using ExoReport.Tests.Evidence.Fixtures;

namespace ExoReport.Tests.Evidence;

public class ValidFileTests
{
    [Fact]
    public void MinimalFileLoadsIntoTheExpectedModel()
    {
        var yaml = EvidenceSamples.Minimal;
        var result = EvidenceLoader.LoadText("data/minimal.yaml", yaml);

        DiagnosticAssert.Clean(result);
        var evidence = result.Evidence!;
        Assert.Equal("data/minimal.yaml", evidence.Path);

        var review = evidence.Review;
        Assert.Equal("How Advanced Are Exosomes as Cell-Free Therapeutics for Spinal Cord Injury?", review.Title);
        Assert.Equal(["Yaqi Wu", "Yu Wang"], review.Authors);
        Assert.Equal(new Condition("spinal cord injury", "SCI"), review.Condition);
        Assert.Equal("2025-06-30", review.Date);
        Assert.Equal(["exosomes", "spinal cord injury"], review.Keywords);
        Assert.Equal("Int J Nanomedicine", review.Journal);
        Assert.Equal(2025, review.Year);
        Assert.Null(review.Doi);
        Assert.Null(review.Source);
        Assert.Equal(Where(yaml, "title: \"How"), (review.Where.Line, review.Where.Column));

        var taxonomy = evidence.Taxonomy;
        Assert.Equal("stem-cells", Assert.Single(taxonomy.SourceCategories).Id);
        var source = Assert.Single(taxonomy.Sources);
        Assert.Equal(("bm-msc", "Bone marrow mesenchymal stem cell", "stem-cells", "BMSC"), (source.Id, source.Label, source.Category, source.Abbreviation));
        Assert.Equal(Where(yaml, "{ id: bm-msc"), (source.Where.Line, source.Where.Column));
        Assert.Equal("inflammation-pyroptosis", Assert.Single(taxonomy.Mechanisms).Id);
        var route = Assert.Single(taxonomy.Routes);
        Assert.Equal(("tail-iv", RouteKind.Systemic), (route.Id, route.Kind));
        Assert.Equal("cargo-loading", Assert.Single(taxonomy.EngineeringStrategies).Id);
        Assert.Equal("mechanism-depth", Assert.Single(taxonomy.LimitationThemes).Id);

        var reference = Assert.Single(evidence.References);
        Assert.Equal("gao2021", reference.Id);
        Assert.Equal(1, reference.Number);
        Assert.Equal(["Gao ZS", "Zhang CJ"], reference.Authors);
        Assert.True(reference.EtAl);
        Assert.Equal("Acta Biomater", reference.Journal);
        Assert.Equal(2021, reference.Year);
        Assert.Equal("126", reference.Volume); // a plain number where the schema expects text stays text
        Assert.Null(reference.Issue);
        Assert.Equal("211–223", reference.Pages);
        Assert.Equal("10.1016/j.actbio.2021.03.018", reference.Doi);
        Assert.Equal(Where(yaml, "id: gao2021\n"), (reference.Where.Line, reference.Where.Column));

        var study = Assert.Single(evidence.Studies);
        Assert.Equal(("gao2021-berberine", "gao2021", "bm-msc"), (study.Id, study.ReferenceId, study.SourceId));
        Assert.Equal("M2 macrophage-derived exosomes", study.SourceDetail);
        Assert.Equal(new StudyModel("rat", "contusion"), study.Model);
        Assert.Equal(("tail-iv", "Tail intravenous injection"), (study.Delivery!.RouteId, study.Delivery.Wording));
        Assert.Equal(["Regulation of macrophage polarization"], study.Findings);
        Assert.Equal(["inflammation-pyroptosis"], study.MechanismIds);
        Assert.Equal("Berberine-loaded exosomes calm inflammation.", study.Effect);
        Assert.Equal([new Cargo("drug", "berberine")], study.Cargo);
        Assert.Equal(["SOCS3/JAK2/STAT3"], study.Pathways);
        Assert.Equal(("cargo-loading", "iterative ultrasonication", "berberine"), (study.Engineering!.StrategyId, study.Engineering.Method, study.Engineering.Agent));
        var figure = Assert.Single(study.Engineering.Figures);
        Assert.Equal(("loading efficiency", 17.10m, 1.64m, "%"), (figure.Measure, figure.Value, figure.Sd, figure.Unit));
        Assert.Equal("17.10", figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)); // digits as written
        var limitation = Assert.Single(study.Limitations);
        Assert.Equal(("mechanism-depth", "Insufficient depth of mechanism research"), (limitation.ThemeId, limitation.Text));
        Assert.Equal(1, study.Table1!.Row);
        Assert.Equal(Where(yaml, "id: gao2021-berberine"), (study.Where.Line, study.Where.Column));

        Assert.Empty(evidence.Clinical);
    }

    [Fact]
    public void AbsentReportGetsTheDefaultCaptionAndAllFiveCharts()
    {
        var report = EvidenceLoader.LoadText("x.yaml", EvidenceSamples.Minimal).Evidence!.Report;

        Assert.Equal("Table 1", report.Table1Caption);
        Assert.Equal(["evidence-map", "sources", "routes", "years", "limitations"], report.Charts.Select(c => c.Kind));
        Assert.All(report.Charts, c => Assert.Equal((null, null, null), (c.Title, c.Width, c.Height)));
    }

    [Fact]
    public void ReportWithoutChartsKeepsTheDefaultCharts()
    {
        var yaml = EvidenceSamples.With("report", "report:\n  table1_caption: My table\n");
        var report = EvidenceLoader.LoadText("x.yaml", yaml).Evidence!.Report;

        Assert.Equal("My table", report.Table1Caption);
        Assert.Equal(5, report.Charts.Count);
    }

    [Fact]
    public void AnEmptyChartListMeansNoCharts()
    {
        var yaml = EvidenceSamples.With("report", "report:\n  charts: []\n");
        var report = EvidenceLoader.LoadText("x.yaml", yaml).Evidence!.Report;

        Assert.Equal("Table 1", report.Table1Caption);
        Assert.Empty(report.Charts);
    }

    [Fact]
    public void FullFileLoadsClinicalTrialsAndReportSettings()
    {
        var result = EvidenceLoader.LoadText("x.yaml", EvidenceSamples.Full);

        DiagnosticAssert.Clean(result);
        var trial = Assert.Single(result.Evidence!.Clinical);
        Assert.Equal(new ClinicalTrial("huc-msc-phase1", "gao2021", "I", "bm-msc", "tail-iv", 9, "complete subacute spinal cord injury", 12,
            "Safe and well-tolerated.", trial.Where), trial);
        var report = result.Evidence.Report;
        Assert.Equal("A Summary of Exosomes From Different Cellular Resources", report.Table1Caption);
        Assert.Equal([new ChartSetting("evidence-map", "Evidence map", 900, 600), new ChartSetting("years", null, null, null)], report.Charts);
    }

    [Fact]
    public void OptionalListsDefaultToEmptyAndEtAlToFalse()
    {
        var yaml = EvidenceSamples.Minimal
            .Replace("  keywords: [exosomes, spinal cord injury]\n", "", StringComparison.Ordinal)
            .Replace("    et_al: true\n", "", StringComparison.Ordinal)
            .Replace("    pathways: [SOCS3/JAK2/STAT3]\n", "", StringComparison.Ordinal);

        var evidence = EvidenceLoader.LoadText("x.yaml", yaml).Evidence!;

        Assert.Empty(evidence.Review.Keywords);
        Assert.False(evidence.References[0].EtAl);
        Assert.Empty(evidence.Studies[0].Pathways);
    }

    [Fact]
    public void LoadFileUsesTheDisplayPathInTheModelAndDiagnostics()
    {
        using var folder = new TempFolder();
        var full = folder.Write("data/ev.yaml", EvidenceSamples.Minimal.Replace("year: 2021", "year: 1850", StringComparison.Ordinal));

        var result = EvidenceLoader.LoadFile(full, "data/ev.yaml");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("data/ev.yaml", diagnostic.Where.File);
        Assert.DoesNotContain(folder.Path, diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFileWithoutDisplayPathShowsThePathAsGiven()
    {
        using var folder = new TempFolder();
        var full = folder.Write("ev.yaml", EvidenceSamples.Minimal);

        Assert.Equal(full, EvidenceLoader.LoadFile(full).Evidence!.Path);
    }

    [Fact]
    public void LoadingTheSameTextTwiceGivesEqualResults()
    {
        var first = EvidenceLoader.LoadText("x.yaml", EvidenceSamples.Full).Evidence!;
        var second = EvidenceLoader.LoadText("x.yaml", EvidenceSamples.Full).Evidence!;

        // Records holding lists compare lists by reference, so compare the parts.
        Assert.Equal(first.Review with { Authors = [], Keywords = [] }, second.Review with { Authors = [], Keywords = [] });
        Assert.Equal(first.Review.Authors, second.Review.Authors);
        Assert.Equal(first.Studies.Select(s => (s.Id, s.Where)), second.Studies.Select(s => (s.Id, s.Where)));
        Assert.Equal(first.Studies[0].Engineering!.Figures, second.Studies[0].Engineering!.Figures);
    }

    private static (int, int) Where(string yaml, string needle) => TextPositions.Of(yaml, needle);
}

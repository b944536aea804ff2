using ExoReport.Synthesis;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Synthesis;

public class ReportSynthesizerTests
{
    private static ExoReport.Synthesis.Model.Report Report() =>
        ReportSynthesizer.Synthesize(SampleEvidence.Create(), NumberingMode.Source).Report!;

    [Fact]
    public void Table1_follows_the_row_numbers_not_the_file_order()
    {
        var table = Report().Table1;
        Assert.Equal(["s2", "s1"], table.Rows.Select(r => r.StudyId));
        Assert.Equal("M2 macrophage", table.Rows[0].Source);
        Assert.Equal(["Finding A of s2", "finding b of s2"], table.Rows[0].Mechanisms);
        Assert.Equal(["Local implantation"], table.Rows[0].Delivery);
        Assert.Equal("Summary table", table.Caption);
    }

    [Fact]
    public void Matrix_counts_studies_per_source_and_mechanism_and_keeps_gaps()
    {
        var matrix = Report().Matrix;
        Assert.Equal(["Stem cells", "Immune cells", "Neurons"], matrix.Groups.Select(g => g.Label));
        var m2 = matrix.Groups[1].Rows.Single();
        Assert.Equal([2, 0, 0], m2.Cells.Select(c => c.Count));
        Assert.Equal([39, 43], m2.Cells[0].Citation.Numbers);
        Assert.Equal(3, matrix.FilledCells);
        Assert.Equal(6, matrix.GapCells);
    }

    [Fact]
    public void Mechanism_summaries_list_studies_and_sources_without_evidence()
    {
        var vascular = Report().Mechanisms.Single(m => m.Id == "vascular");
        Assert.Equal(["s1"], vascular.Studies.Select(s => s.StudyId));
        Assert.Equal(["M2 macrophage"], vascular.SourcesWithoutEvidence);
        Assert.Equal("PI3K/AKT", vascular.Studies[0].Pathway);
        Assert.Equal("Finding A of s1; finding b of s1", vascular.Studies[0].Effect);
    }

    [Fact]
    public void Delivery_counts_systemic_and_local()
    {
        var delivery = Report().Delivery;
        Assert.Equal(2, delivery.Systemic);
        Assert.Equal(1, delivery.Local);
        Assert.Equal([2, 1], delivery.Routes.Select(r => r.Count));
    }

    [Fact]
    public void Engineering_figures_keep_the_digits_as_written()
    {
        var entry = Assert.Single(Report().Engineering);
        Assert.Equal(["loading efficiency: 17.13 ± 1.64%", "release: 48 h"], entry.Figures);
        Assert.Equal("Cargo loading", entry.Strategy);
    }

    [Fact]
    public void Limitation_themes_are_ranked_by_studies()
    {
        var themes = Report().Limitations;
        Assert.Equal(["mechanism", "model"], themes.Select(t => t.Id));
        Assert.Equal(3, themes[0].Studies);
    }

    [Fact]
    public void Title_block_counts_the_evidence()
    {
        var counts = Report().Title.Counts;
        Assert.Equal((3, 2, 2, 2, 2, 1, 4), (counts.Studies, counts.Table1Rows, counts.Sources, counts.Mechanisms, counts.Routes, counts.Species, counts.References));
    }

    [Fact]
    public void References_are_printed_in_vancouver_parts()
    {
        var reference = Report().References.Single(r => r.Id == "d2019");
        Assert.Equal("Doe J, Roe R, et al", reference.Authors);
        Assert.Equal("Title of d2019.", reference.Title);
        Assert.Equal("2019;12(3):100–110", reference.Details);
        Assert.Equal("https://doi.org/10.1000/d2019", reference.DoiUrl);
    }

    [Fact]
    public void Figures_follow_the_chart_settings_of_the_evidence_file()
    {
        var evidence = SampleEvidence.Create() with
        {
            Report = new ExoReport.Evidence.Model.ReportSettings("Summary table",
                [new("years", "Publications by year", 800, 500), new("evidence-map", null, null, null)]),
        };
        var figures = ReportSynthesizer.Synthesize(evidence).Report!.Figures;
        Assert.Equal(["years", "evidence-map"], figures.Select(f => f.Id));
        Assert.Equal([1, 2], figures.Select(f => f.Number));
        Assert.Equal("Publications by year", figures[0].Caption);
        Assert.Equal((800, 500), (figures[0].Chart.Width, figures[0].Chart.Height));
        Assert.StartsWith("Evidence map of exosome studies in SCI", figures[1].Caption);
    }

    [Fact]
    public void The_routes_caption_says_how_many_studies_report_a_route()
    {
        var routesOnly = new ExoReport.Evidence.Model.ReportSettings("Summary table", [new("routes", null, null, null)]);
        var every = ReportSynthesizer.Synthesize(SampleEvidence.Create() with { Report = routesOnly }).Report!.Figures.Single(f => f.Kind == "routes");
        var studies = SampleEvidence.Create().Studies;
        var oneWithout = SampleEvidence.Create(studies: [studies[0] with { Delivery = null }, .. studies.Skip(1)]) with { Report = routesOnly };
        var some = ReportSynthesizer.Synthesize(oneWithout).Report!.Figures.Single(f => f.Kind == "routes");

        Assert.Equal("Delivery routes per cell-source category, systemic versus local; every study reports its route.", every.Caption);
        Assert.Equal($"Delivery routes per cell-source category, systemic versus local; {studies.Count - 1} of {studies.Count} studies report a route.", some.Caption);
        Assert.Equal(some.Caption, some.Chart.Caption);
    }
}

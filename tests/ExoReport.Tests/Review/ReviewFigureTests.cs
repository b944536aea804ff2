using System.Text;
using ExoReport.Synthesis;
using ExoReport.Tests.Charts;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Review;

/// <summary>The review's figures read back from their SVGs: every label the data has, one mark per study cell, none for gaps.</summary>
public class ReviewFigureTests
{
    private static readonly ExoReport.Synthesis.Model.Report Report =
        ReportSynthesizer.Synthesize(ReviewBuild.Evidence).Report!;

    private static SvgFigure Figure(string id) =>
        new(Encoding.UTF8.GetString(ReviewBuild.TextAndFigures.Files.Single(f => f.RelativePath == $"figures/{id}.svg").Content));

    [Fact]
    public void The_five_default_figures_are_written_as_svg_png_and_pdf()
    {
        var files = ReviewBuild.TextAndFigures.Files.Select(f => f.RelativePath).Where(p => p.StartsWith("figures/")).Order().ToList();
        string[] ids = ["evidence-map", "limitations", "routes", "sources", "years"];
        Assert.Equal(ids.SelectMany(id => new[] { $"figures/{id}.pdf", $"figures/{id}.png", $"figures/{id}.svg" }), files);
    }

    [Fact]
    public void The_evidence_map_has_every_source_and_mechanism_label_and_one_mark_per_filled_cell()
    {
        var map = Figure("evidence-map");
        foreach (var row in Report.Matrix.Groups.SelectMany(g => g.Rows))
            Assert.True(map.HasLabel(row.Source), $"no label '{row.Source}'");
        foreach (var column in Report.Matrix.Columns)
            Assert.True(map.HasLabel(column.Label), $"no label '{column.Label}'");
        Assert.Equal(Report.Matrix.FilledCells, map.Circles("#0072B2").Count);
        Assert.True(Report.Matrix.GapCells > 0, "the review has gaps, and they must stay empty");
    }

    [Fact]
    public void The_bar_charts_carry_their_category_labels()
    {
        var sources = Figure("sources");
        Assert.All(Report.Matrix.Groups, g => Assert.True(sources.HasLabel(g.Label), $"no label '{g.Label}'"));
        var limitations = Figure("limitations");
        Assert.All(Report.Limitations.Take(10), t => Assert.True(limitations.HasLabel(t.Label), $"no label '{t.Label}'"));
        var routes = Figure("routes");
        Assert.All(Report.Delivery.Routes.Where(r => r.Count > 0), r => Assert.True(routes.HasLabel(r.Label), $"no label '{r.Label}'"));
    }
}

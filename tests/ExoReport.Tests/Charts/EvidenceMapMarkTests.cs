using ExoReport.Writers.Charts;

namespace ExoReport.Tests.Charts;

public class EvidenceMapMarkTests
{
    /// <summary>The evidence map's circles are filled with Okabe–Ito blue, and nothing else in it is.</summary>
    private const string MarkFill = "#0072B2";

    [Fact]
    public void One_circle_per_non_empty_cell_and_none_in_gaps()
    {
        EvidenceMapData data = ChartSamples.EvidenceMap();
        var svg = new SvgFigure(ChartRenderer.RenderSvg(new ChartDefinition("evidence-map", "c", data)));

        // Cell centres come from where the labels are anchored: columns on the top axis, rows on the left.
        double[] columnX = data.Columns.Select(c => svg.AnchorOf(c).X).ToArray();
        double[] rowY = data.Rows.Select(r => svg.AnchorOf(r.Label).Y).ToArray();
        var marked = new List<(int Row, int Column)>();
        foreach (var circle in svg.Circles(MarkFill))
        {
            double cx = SvgFigure.Number((string)circle.Attribute("cx")!);
            double cy = SvgFigure.Number((string)circle.Attribute("cy")!);
            int column = Nearest(columnX, cx);
            int row = Nearest(rowY, cy);
            Assert.InRange(Math.Abs(columnX[column] - cx), 0, 1.0);
            Assert.InRange(Math.Abs(rowY[row] - cy), 0, 1.0);
            marked.Add((row, column));
        }

        var nonEmpty = Enumerable.Range(0, data.Rows.Count)
            .SelectMany(r => Enumerable.Range(0, data.Columns.Count).Select(c => (Row: r, Column: c)))
            .Where(cell => data.Counts[cell.Row][cell.Column] > 0)
            .ToList();
        Assert.Equal(16, nonEmpty.Count);
        Assert.Equal(nonEmpty.OrderBy(c => c), marked.OrderBy(c => c));
    }

    [Fact]
    public void Each_circle_prints_its_count_and_larger_counts_get_larger_circles()
    {
        EvidenceMapData data = ChartSamples.EvidenceMap();
        var svg = new SvgFigure(ChartRenderer.RenderSvg(new ChartDefinition("evidence-map", "c", data)));

        var countLabels = svg.TextElements.Where(t => (string?)t.Attribute("fill") == "white").Select(t => t.Value.Trim()).ToList();
        var expected = data.Counts.SelectMany(r => r).Where(c => c > 0).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.Order(), countLabels.Order());

        // Row 0: counts 7, 3, 5, 4, 1 left to right: radii must rank the same way.
        double[] radii = svg.Circles(MarkFill)
            .Select(c => (X: SvgFigure.Number((string)c.Attribute("cx")!), Y: SvgFigure.Number((string)c.Attribute("cy")!), R: SvgFigure.Number((string)c.Attribute("rx")!)))
            .Where(c => Math.Abs(c.Y - svg.AnchorOf(data.Rows[0].Label).Y) < 1)
            .OrderBy(c => c.X).Select(c => c.R).ToArray();
        Assert.Equal(5, radii.Length);
        Assert.True(radii[0] > radii[2] && radii[2] > radii[3] && radii[3] > radii[1] && radii[1] > radii[4]);
    }

    [Fact]
    public void A_map_that_is_all_gaps_draws_no_circle()
    {
        EvidenceMapData data = ChartSamples.EvidenceMap() with
        {
            Counts = ChartSamples.Sources.Select(_ => (IReadOnlyList<int>)new int[ChartSamples.Mechanisms.Length]).ToArray(),
        };
        var svg = new SvgFigure(ChartRenderer.RenderSvg(new ChartDefinition("evidence-map", "c", data)));

        Assert.Empty(svg.Circles(MarkFill));
        Assert.All(ChartSamples.Mechanisms, m => Assert.True(svg.HasLabel(m)));
    }

    [Fact]
    public void Counts_that_do_not_match_rows_and_columns_are_refused()
    {
        EvidenceMapData data = ChartSamples.EvidenceMap() with { Counts = [[1, 2, 3]] };

        Assert.Throws<ArgumentException>(() => ChartRenderer.RenderSvg(new ChartDefinition("evidence-map", "c", data)));
    }

    private static int Nearest(double[] centres, double value)
    {
        int best = 0;
        for (int i = 1; i < centres.Length; i++)
            if (Math.Abs(centres[i] - value) < Math.Abs(centres[best] - value))
                best = i;
        return best;
    }
}

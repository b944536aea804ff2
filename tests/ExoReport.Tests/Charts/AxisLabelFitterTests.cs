using ExoReport.Writers.Charts;

namespace ExoReport.Tests.Charts;

public class AxisLabelFitterTests
{
    [Fact]
    public void Labels_that_fit_their_slot_stay_horizontal_at_the_normal_size()
    {
        FittedLabels fitted = AxisLabelFitter.ForHorizontalAxis(["2019", "2020", "2021"], pitch: 80, maxDepth: 100);

        Assert.False(fitted.Rotated);
        Assert.Equal(12, fitted.FontSize);
        Assert.Equal(["2019", "2020", "2021"], fitted.Labels);
    }

    [Fact]
    public void Crowded_long_labels_turn_and_each_line_stays_within_its_slot()
    {
        string[] labels = Enumerable.Range(0, 12).Select(i => $"Immunomodulatory mesenchymal stromal cells {i}").ToArray();
        FittedLabels fitted = AxisLabelFitter.ForHorizontalAxis(labels, pitch: 40, maxDepth: 190);

        Assert.True(fitted.Rotated);
        var measurer = new TextMeasurer(fitted.FontSize);
        // Turned, a label's lines stack along the axis: together they must not reach the neighbour's slot.
        Assert.All(fitted.Labels, l => Assert.True(measurer.BlockHeight(l) <= 40));
        Assert.True(fitted.Depth <= 190);
    }

    [Fact]
    public void Vertical_axis_labels_shrink_until_they_fit_their_rows()
    {
        string[] labels = Enumerable.Range(0, 20).Select(i => $"Human umbilical vein endothelial cells {i}").ToArray();
        FittedLabels fitted = AxisLabelFitter.ForVerticalAxis(labels, pitch: 24, maxDepth: 150);

        var measurer = new TextMeasurer(fitted.FontSize);
        Assert.True(fitted.FontSize < 12);
        Assert.All(fitted.Labels, l => Assert.True(measurer.BlockHeight(l) <= 24, l));
    }
}

using ExoReport.Synthesis;
using ExoReport.Writers.Pdf;

namespace ExoReport.Tests.Pdf;

/// <summary>The evidence matrix stays on a portrait page however many mechanism columns it has.</summary>
public class PdfEvidenceMatrixTests
{
    private const float A4ContentWidth = 595f - 2 * 20 * 72f / 25.4f;

    [Fact]
    public void Six_review_sized_labels_fit_whole_words_with_small_headers()
    {
        var labels = new[]
        {
            "Relieving inflammation and pyroptosis", "Vascularization and blood–spinal cord barrier", "Axonal regeneration",
            "Astrocytes and glial scar", "Neuronal survival and oxidative stress", "Myelination",
        };
        var matrix = Synthesize(SyntheticEvidence.WideMatrix(labels.Length, i => labels[i - 1])).Matrix;
        var plan = MatrixColumnPlan.For(matrix, A4ContentWidth);

        Assert.False(plan.UsesKeys);
        Assert.InRange(plan.FontSize, 6.5f, 7.5f);
        var longest = TableTextMeasure.LongestWord(labels, plan.HeaderSize, bold: true);
        Assert.True(plan.Mechanism - 2 * MatrixColumnPlan.CellPadding >= longest, "every header word fits its column");
        Assert.True(plan.Category + plan.Studies + labels.Length * plan.Mechanism < A4ContentWidth * 0.9f, "room is left for the source column");
    }

    [Fact]
    public void Too_many_columns_are_headed_by_keys_with_a_legend_naming_them()
    {
        var report = new RenderedReport(SyntheticEvidence.WideMatrix(16, i => $"Neuroinflammatory mechanism {i}"));
        var plan = MatrixColumnPlan.For(report.Report.Matrix, A4ContentWidth);
        Assert.True(plan.UsesKeys);

        using var pdf = report.Read();
        for (var i = 1; i <= 16; i++)
            Assert.True(pdf.Contains($"M{i} = Neuroinflammatory mechanism {i}"), $"legend entry {i}");
        Assert.True(pdf.Contains("Cell sourceM1M2M3"));
        Assert.True(pdf.Contains("M16Studies"));
    }

    [Fact]
    public void Every_cell_of_a_wide_matrix_is_printed()
    {
        var report = new RenderedReport(SyntheticEvidence.WideMatrix(10, i => $"Mechanism {i}"));
        using var pdf = report.Read();
        foreach (var row in report.Report.Matrix.Groups.SelectMany(g => g.Rows))
        {
            var cells = string.Concat(row.Cells.Select(c => c.IsGap ? "" : $"{c.Count} [{c.Citation.Text}]"));
            Assert.True(pdf.Contains(row.Source + cells + row.Total), row.Source);
        }
    }

    private static ExoReport.Synthesis.Model.Report Synthesize(ExoReport.Evidence.Model.EvidenceFile evidence) =>
        ReportSynthesizer.Synthesize(evidence, NumberingMode.Auto).Report!;
}

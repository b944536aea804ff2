using ExoReport.Writers.Charts;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ExoReport.Tests.Charts;

public class ChartPdfTests
{
    public static TheoryData<string> ChartIds => new(ChartSamples.All().Select(c => c.Id));

    [Theory]
    [MemberData(nameof(ChartIds))]
    public void Pdf_is_one_page_of_the_figure_size_in_points(string id)
    {
        ChartDefinition chart = ChartSamples.All().Single(c => c.Id == id);
        using PdfDocument pdf = PdfDocument.Open(ChartRenderer.RenderPdf(chart));

        Assert.Equal(1, pdf.NumberOfPages);
        Page page = pdf.GetPage(1);
        Assert.Equal(675, page.Width, 0.5);
        Assert.Equal(450, page.Height, 0.5);
    }

    [Fact]
    public void Pdf_draws_labels_as_text_with_fixed_metadata()
    {
        EvidenceMapData data = ChartSamples.EvidenceMap();
        using PdfDocument pdf = PdfDocument.Open(ChartRenderer.RenderPdf(new ChartDefinition("evidence-map", "Evidence map.", data)));

        // Words come back whole and once: the chart is drawn onto the page a single time.
        string[] words = pdf.GetPage(1).GetWords().Select(w => w.Text).ToArray();
        Assert.Single(words, w => w == "Angiogenesis");
        Assert.Single(words, w => w == "macrophages");
        Assert.Equal("ExoReport", pdf.Information.Producer);
        Assert.Equal("ExoReport charts", pdf.Information.Creator);
        Assert.Equal("Evidence map.", pdf.Information.Title);
        Assert.StartsWith("D:20000101000000", pdf.Information.CreationDate);
    }

    [Fact]
    public void Png_has_the_figure_size_in_pixels()
    {
        ChartDefinition chart = ChartSamples.All()[0] with { Width = 640, Height = 480 };
        using SkiaSharp.SKBitmap bitmap = SkiaSharp.SKBitmap.Decode(ChartRenderer.RenderPng(chart));

        Assert.Equal(640, bitmap.Width);
        Assert.Equal(480, bitmap.Height);
    }
}

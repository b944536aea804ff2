using ExoReport.Layout.Tests.Support;
using SkiaSharp;

namespace ExoReport.Layout.Tests;

public class ContainerTests
{
    private static readonly float ContentWidth = PageSize.A4.Width - 2 * TestDocuments.Margin;

    [Fact]
    public void Column_spacing_separates_children()
    {
        var result = TestDocuments.Render(new Column(new TextBlock("one"), new TextBlock("two")) { Spacing = 30 });

        using var pdf = PdfView.Open(result);
        Assert.Equal(12.5 + 30, pdf.Find(1, "one")[0].StartBaseLine.Y - pdf.Find(1, "two")[0].StartBaseLine.Y, 1);
    }

    [Fact]
    public void Row_items_get_fixed_relative_and_auto_widths()
    {
        var row = new Row(
            RowItem.Fixed(100, new TextBlock("fixed")),
            RowItem.Auto(new TextBlock("auto")),
            RowItem.Relative(new TextBlock("one"), 1),
            RowItem.Relative(new TextBlock("three"), 3));
        var result = TestDocuments.Render(row);

        using var pdf = PdfView.Open(result);
        var auto = pdf.Find(1, "auto");
        var autoWidth = auto[^1].EndBaseLine.X - auto[0].StartBaseLine.X;
        var rest = ContentWidth - 100 - autoWidth;
        Assert.Equal(TestDocuments.Margin + 100, auto[0].StartBaseLine.X, 0.5);
        Assert.Equal(TestDocuments.Margin + 100 + autoWidth, pdf.Find(1, "one")[0].StartBaseLine.X, 0.5);
        Assert.Equal(TestDocuments.Margin + 100 + autoWidth + rest / 4, pdf.Find(1, "three")[0].StartBaseLine.X, 0.5);
    }

    [Fact]
    public void A_row_continues_on_the_next_page_and_draws_a_finished_item_once()
    {
        var row = new Row(
            RowItem.Fixed(80, new TextBlock("ROW-LABEL")),
            RowItem.Relative(new TextBlock(TestDocuments.NumberedWords(2000))));
        var result = TestDocuments.Render(row);

        using var pdf = PdfView.Open(result);
        Assert.True(result.PageCount >= 2);
        Assert.Equal(1, pdf.Occurrences("ROW-LABEL"));
        Assert.Equal(1, pdf.Occurrences("w2000"));
    }

    [Fact]
    public void Padding_border_and_background_frame_their_child()
    {
        var background = new SKColor(250, 240, 200);
        var element = new TextBlock("framed").Padding(20).Border(2, SKColors.Black).Background(background);
        var result = TestDocuments.Render(element);

        using var pdf = PdfView.Open(result);
        var framed = pdf.Find(1, "framed")[0];
        Assert.Equal(TestDocuments.Margin + 22, framed.StartBaseLine.X, 0.5);
        var page = pdf.Pages[0];
        var fill = page.Paths.Single(p => p.IsFilled && p.FillColor is { } c && Math.Abs(c.ToRGBValues().r * 255 - 250) < 1).GetBoundingRectangle()!.Value;
        Assert.Equal(TestDocuments.Margin, fill.Left, 0.5);
        Assert.Equal(page.Height - TestDocuments.Margin, fill.Top, 0.5);
        Assert.Equal(2 + 20 + 12.5 + 20 + 2, fill.Height, 0.5);
    }

    [Fact]
    public void A_width_bound_canvas_gets_the_available_width_and_its_aspect_ratio()
    {
        var sizes = new List<SKSize>();
        var canvas = Canvas.WidthBound(2, (c, size) =>
        {
            sizes.Add(size);
            using var paint = new SKPaint { Color = new SKColor(10, 120, 200) };
            c.DrawRect(0, 0, size.Width, size.Height, paint);
        });
        var result = TestDocuments.Render(new Column(new TextBlock("above"), canvas));

        var size = Assert.Single(sizes); // drawn once: the counting pass skips the callback
        Assert.Equal(ContentWidth, size.Width, 0.01);
        Assert.Equal(ContentWidth / 2, size.Height, 0.01);
        using var pdf = PdfView.Open(result);
        var rect = pdf.Pages[0].Paths.Single(p => p.IsFilled).GetBoundingRectangle()!.Value;
        Assert.Equal(ContentWidth, rect.Width, 0.5);
        Assert.True(rect.Top < pdf.Find(1, "above")[0].BoundingBox.Bottom);
    }

    [Fact]
    public void A_canvas_is_clipped_to_its_box()
    {
        var canvas = new Canvas(100, 50, (c, _) =>
        {
            using var paint = new SKPaint { Color = SKColors.Red };
            c.DrawRect(-500, -500, 2000, 2000, paint);
        });
        var result = TestDocuments.Render(new Column(new TextBlock("above"), canvas, new TextBlock("below")));

        using var pdf = PdfView.Open(result);
        Assert.Contains("above", pdf.Text(1));
        Assert.Contains("below", pdf.Text(1));
        Assert.Contains(pdf.Pages[0].Paths, p => p.IsClipping);
    }

    [Fact]
    public void Keep_together_moves_a_block_that_would_split_to_the_next_page()
    {
        var block = new TextBlock(string.Join("\n", Enumerable.Range(1, 8).Select(i => $"kept{i}"))).KeepTogether();
        var pageBody = PageSize.A4.Height - 2 * TestDocuments.Margin;
        var result = TestDocuments.Render(new Column(new Spacer(pageBody - 50), block));

        using var pdf = PdfView.Open(result);
        Assert.Equal(2, result.PageCount);
        Assert.Equal([2], pdf.PagesContaining("kept1"));
        Assert.Equal([2], pdf.PagesContaining("kept8"));
    }

    [Fact]
    public void Keep_together_still_splits_a_block_taller_than_a_page()
    {
        var block = new TextBlock(TestDocuments.NumberedWords(1500)).KeepTogether();
        var result = TestDocuments.Render(new Column(new TextBlock("intro"), block));

        using var pdf = PdfView.Open(result);
        Assert.Equal([1], pdf.PagesContaining("w001"));
        Assert.Equal(1, pdf.Occurrences("w1500"));
    }

    [Fact]
    public void A_spacer_at_the_bottom_of_a_page_does_not_push_space_onto_the_next()
    {
        var pageBody = PageSize.A4.Height - 2 * TestDocuments.Margin;
        var result = TestDocuments.Render(new Column(new Spacer(pageBody - 5), new Spacer(200), new TextBlock("after")));

        using var pdf = PdfView.Open(result);
        Assert.Equal([2], pdf.PagesContaining("after"));
        Assert.True(pdf.Find(2, "after")[0].BoundingBox.Top > pdf.Pages[1].Height - TestDocuments.Margin - 15);
    }
}

using ExoReport.Layout.Tests.Support;
using SkiaSharp;

namespace ExoReport.Layout.Tests;

public class TableTests
{
    private static TableCell Cell(string text) => new(new TextBlock(text));

    private static TableRow Header() => new(Cell("HeadA"), Cell("HeadB"), Cell("HeadC"));

    private static Table EvidenceTable(IEnumerable<TableRow> rows) =>
        new([TableColumn.Fixed(80), TableColumn.Relative(2), TableColumn.Relative(1)], rows, [Header()])
        {
            Name = "Table 1",
            ContinuationCaption = new TextBlock("Table 1 (continued)"),
        };

    [Fact]
    public void A_long_table_repeats_its_header_on_every_page_with_a_continuation_caption()
    {
        var rows = Enumerable.Range(1, 150).Select(i => new TableRow(Cell($"r{i:000}"), Cell($"mechanism {i}"), Cell("IV")));
        var result = TestDocuments.Render(EvidenceTable(rows));

        using var pdf = PdfView.Open(result);
        Assert.True(result.PageCount >= 3);
        for (var page = 1; page <= result.PageCount; page++)
        {
            Assert.Equal(1, Count(pdf.Text(page), "HeadA"));
            Assert.Equal(page > 1 ? 1 : 0, Count(pdf.Text(page), "(continued)"));
            // Caption above the header, header above the rows.
            if (page > 1)
                Assert.True(pdf.Find(page, "(continued)")[0].StartBaseLine.Y > pdf.Find(page, "HeadA")[0].StartBaseLine.Y);
        }
        for (var i = 1; i <= 150; i++)
            Assert.Equal(1, pdf.Occurrences($"r{i:000}"));
    }

    [Fact]
    public void A_row_that_does_not_fit_moves_whole_to_the_next_page()
    {
        // Every row is six lines tall, so some row must straddle a page boundary unless moved.
        var rows = Enumerable.Range(1, 40).Select(i => new TableRow(
            Cell($"row{i:00}"),
            Cell(string.Join("\n", Enumerable.Range(1, 6).Select(l => $"x{i:00}L{l}"))),
            Cell("IV")));
        var result = TestDocuments.Render(new Column(new Spacer(100), EvidenceTable(rows)));

        using var pdf = PdfView.Open(result);
        Assert.True(result.PageCount >= 2);
        for (var i = 1; i <= 40; i++)
        {
            var first = Assert.Single(pdf.PagesContaining($"x{i:00}L1"));
            var last = Assert.Single(pdf.PagesContaining($"x{i:00}L6"));
            Assert.Equal(first, last);
        }
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_and_its_finished_cells_are_not_drawn_again()
    {
        var tall = string.Join("\n", Enumerable.Range(1, 120).Select(l => $"line{l:000}"));
        var rows = new[]
        {
            new TableRow(Cell("before"), Cell("short"), Cell("IV")),
            new TableRow(Cell("SHORT-CELL"), Cell(tall), Cell("ALSO-SHORT")),
            new TableRow(Cell("after"), Cell("short"), Cell("IV")),
        };
        var result = TestDocuments.Render(EvidenceTable(rows));

        using var pdf = PdfView.Open(result);
        Assert.True(result.PageCount >= 2);
        Assert.Equal(1, pdf.Occurrences("SHORT-CELL"));
        Assert.Equal(1, pdf.Occurrences("ALSO-SHORT"));
        for (var l = 1; l <= 120; l++)
            Assert.Equal(1, pdf.Occurrences($"line{l:000}"));
        Assert.NotEqual(pdf.PagesContaining("line001")[0], pdf.PagesContaining("line120")[0]);
        // The split row starts right after the first row rather than leaving the first page empty.
        Assert.Equal(1, pdf.PagesContaining("line001")[0]);
        Assert.True(pdf.PagesContaining("after")[0] >= 2);
    }

    [Fact]
    public void A_table_never_leaves_its_header_alone_at_the_bottom_of_a_page()
    {
        var pageBody = PageSize.A4.Height - 2 * TestDocuments.Margin;
        var rows = Enumerable.Range(1, 3).Select(i => new TableRow(Cell($"first{i}\nof\nfive\nlines\nhere"), Cell("m"), Cell("d")));
        var result = TestDocuments.Render(new Column(new Spacer(pageBody - 60), EvidenceTable(rows)));

        using var pdf = PdfView.Open(result);
        Assert.Equal([2], pdf.PagesContaining("HeadA"));
        Assert.Equal([2], pdf.PagesContaining("first1"));
        Assert.Equal(0, pdf.Occurrences("(continued)"));
    }

    [Fact]
    public void A_row_that_fits_a_page_but_not_the_padded_space_it_sits_in_is_split_instead_of_failing()
    {
        // 57 lines: taller than the 702 pt left under a 40 pt padding, shorter than a whole page body.
        var tall = string.Join("\n", Enumerable.Range(1, 57).Select(l => $"pad{l:00}"));
        var table = EvidenceTable([new TableRow(Cell("only"), Cell(tall), Cell("x"))]);
        var result = TestDocuments.Render(new Padding(table, 0, 40, 0, 0));

        using var pdf = PdfView.Open(result);
        Assert.Equal(2, result.PageCount);
        Assert.Equal([1], pdf.PagesContaining("pad01"));
        Assert.Equal([2], pdf.PagesContaining("pad57"));
        Assert.Equal(1, pdf.Occurrences("only"));
    }

    [Fact]
    public void Zebra_stripes_fill_every_second_body_row()
    {
        var zebra = new SKColor(204, 230, 255);
        var rows = Enumerable.Range(1, 10).Select(i => new TableRow(Cell($"r{i}"), Cell("m"), Cell("d")));
        var result = TestDocuments.Render(EvidenceTable(rows) with { ZebraColor = zebra });

        using var pdf = PdfView.Open(result);
        var striped = pdf.Pages[0].Paths.Where(p => p.IsFilled && IsColour(p.FillColor, zebra)).ToArray();
        Assert.Equal(5 * 3, striped.Length);
        // The stripes sit behind rows 2, 4, 6, 8 and 10.
        var stripeBands = striped.Select(p => p.GetBoundingRectangle()!.Value).Select(r => (r.Bottom, r.Top)).Distinct().ToArray();
        foreach (var row in new[] { 2, 4, 6, 8, 10 })
        {
            var y = pdf.Find(1, $"r{row}")[0].StartBaseLine.Y;
            Assert.Contains(stripeBands, b => b.Bottom < y && y < b.Top);
        }
        var oddY = pdf.Find(1, "r3")[0].StartBaseLine.Y;
        Assert.DoesNotContain(stripeBands, b => b.Bottom < oddY && oddY < b.Top);
    }

    [Fact]
    public void A_column_span_cell_is_as_wide_as_its_columns()
    {
        var table = new Table([TableColumn.Fixed(100), TableColumn.Fixed(100), TableColumn.Fixed(100)],
        [
            new TableRow(new TableCell(new TextBlock("spanning two columns here")) { ColumnSpan = 2 }, Cell("third")),
            new TableRow(Cell("aa"), Cell("bb"), Cell("cc")),
        ]) { CellPadding = 2, GridLineWidth = 0 };
        var result = TestDocuments.Render(table);

        using var pdf = PdfView.Open(result);
        var spanning = pdf.Find(1, "spanning two columns here");
        Assert.Single(spanning.Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct()); // one line: wider than one column
        Assert.True(spanning[^1].EndBaseLine.X > TestDocuments.Margin + 100);
        Assert.Equal(TestDocuments.Margin + 202, pdf.Find(1, "third")[0].StartBaseLine.X, 0.5);
        Assert.Equal(TestDocuments.Margin + 202, pdf.Find(1, "cc")[0].StartBaseLine.X, 0.5);
    }

    [Fact]
    public void A_row_span_cell_takes_its_slot_in_the_rows_below()
    {
        var table = new Table([TableColumn.Fixed(100), TableColumn.Fixed(100)],
        [
            new TableRow(new TableCell(new TextBlock("tall\nspan\ncell")) { RowSpan = 2 }, Cell("top")),
            new TableRow(Cell("bottom")),
            new TableRow(Cell("next-a"), Cell("next-b")),
        ]) { CellPadding = 2, GridLineWidth = 0 };
        var result = TestDocuments.Render(table);

        using var pdf = PdfView.Open(result);
        var top = pdf.Find(1, "top")[0].StartBaseLine;
        var bottom = pdf.Find(1, "bottom")[0].StartBaseLine;
        var nextA = pdf.Find(1, "next-a")[0].StartBaseLine;
        var cell = pdf.Find(1, "cell")[0].StartBaseLine;
        Assert.Equal(top.X, bottom.X, 0.5);   // "bottom" goes to the second column
        Assert.True(bottom.Y < top.Y);
        Assert.True(nextA.Y < cell.Y);        // the next row starts below the whole span
        Assert.Equal(1, pdf.Occurrences("span"));
    }

    [Fact]
    public void Rows_joined_by_a_row_span_move_to_the_next_page_together()
    {
        var rows = new List<TableRow>();
        for (var i = 1; i <= 30; i++)
        {
            rows.Add(new TableRow(new TableCell(new TextBlock($"span{i:00}")) { RowSpan = 2 }, Cell($"p{i:00}a\nmore\nlines"), Cell("x")));
            rows.Add(new TableRow(Cell($"p{i:00}b\nmore\nlines"), Cell("y")));
        }
        var result = TestDocuments.Render(EvidenceTable(rows));

        using var pdf = PdfView.Open(result);
        Assert.True(result.PageCount >= 2);
        for (var i = 1; i <= 30; i++)
            Assert.Equal(pdf.PagesContaining($"p{i:00}a"), pdf.PagesContaining($"p{i:00}b"));
    }

    [Fact]
    public void Fixed_and_relative_columns_share_the_width()
    {
        var table = new Table([TableColumn.Fixed(95), TableColumn.Relative(1), TableColumn.Relative(3)], [new TableRow(Cell("a"), Cell("b"), Cell("c"))])
        {
            CellPadding = 0,
            GridLineWidth = 0,
        };
        var result = TestDocuments.Render(table);

        using var pdf = PdfView.Open(result);
        var rest = PageSize.A4.Width - 2 * TestDocuments.Margin - 95;
        Assert.Equal(TestDocuments.Margin + 95, pdf.Find(1, "b")[0].StartBaseLine.X, 0.5);
        Assert.Equal(TestDocuments.Margin + 95 + rest / 4, pdf.Find(1, "c")[0].StartBaseLine.X, 0.5);
    }

    [Fact]
    public void A_row_with_more_cells_than_columns_is_an_error_naming_the_table()
    {
        var table = new Table([TableColumn.Relative()], [new TableRow(Cell("a"), Cell("b"))]) { Name = "Evidence" };

        var error = Assert.Throws<LayoutException>(() => TestDocuments.Render(table));
        Assert.Contains("Table 'Evidence'", error.Message);
        Assert.Contains("row 1, cell 2", error.Message);
    }

    [Fact]
    public void A_table_without_body_rows_draws_its_header_once()
    {
        var result = TestDocuments.Render(EvidenceTable([]));

        using var pdf = PdfView.Open(result);
        Assert.Equal(1, result.PageCount);
        Assert.Equal(1, pdf.Occurrences("HeadA"));
    }

    private static int Count(string text, string what) => (text.Length - text.Replace(what, "").Length) / what.Length;

    private static bool IsColour(UglyToad.PdfPig.Graphics.Colors.IColor? colour, SKColor expected)
    {
        if (colour is null)
            return false;
        var (r, g, b) = colour.ToRGBValues();
        return Math.Abs(r * 255 - expected.Red) < 1 && Math.Abs(g * 255 - expected.Green) < 1 && Math.Abs(b * 255 - expected.Blue) < 1;
    }
}

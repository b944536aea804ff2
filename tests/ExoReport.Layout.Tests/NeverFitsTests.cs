using ExoReport.Layout.Tests.Support;

namespace ExoReport.Layout.Tests;

public class NeverFitsTests
{
    [Fact]
    public void A_canvas_wider_than_the_page_is_an_error_naming_it()
    {
        var content = new Column(new TextBlock("intro"), new Canvas(2000, 100, (_, _) => { }) { Name = "Figure 3" }) { Name = "body" };

        var error = Assert.Throws<LayoutException>(() => TestDocuments.Render(content));
        Assert.Contains("Canvas 'Figure 3' can never fit", error.Message);
        Assert.Contains("Column 'body' > Canvas 'Figure 3'", error.Message);
    }

    [Fact]
    public void A_canvas_taller_than_the_page_is_an_error_naming_it()
    {
        var content = new Column(Canvas.WidthBound(0.1f, (_, _) => { }) with { Name = "tall chart" });

        var error = Assert.Throws<LayoutException>(() => TestDocuments.Render(content));
        Assert.Contains("Canvas 'tall chart'", error.Message);
    }

    [Fact]
    public void A_table_whose_fixed_columns_exceed_the_page_is_an_error_naming_it()
    {
        var table = new Table([TableColumn.Fixed(400), TableColumn.Fixed(400)], [new TableRow(new TableCell(new TextBlock("a")), new TableCell(new TextBlock("b")))])
        {
            Name = "Wide table",
        };

        var error = Assert.Throws<LayoutException>(() => TestDocuments.Render(table));
        Assert.Contains("Table 'Wide table' can never fit", error.Message);
    }

    [Fact]
    public void Text_in_a_column_narrower_than_one_letter_is_an_error_naming_it()
    {
        var row = new Row(RowItem.Fixed(1, new TextBlock("W") { Name = "squeezed" }), RowItem.Relative(new TextBlock("rest")));

        var error = Assert.Throws<LayoutException>(() => TestDocuments.Render(row));
        Assert.Contains("TextBlock 'squeezed' can never fit", error.Message);
    }

    [Fact]
    public void A_table_cell_that_can_never_fit_is_named()
    {
        var table = new Table([TableColumn.Relative()], [new TableRow(new TableCell(new Canvas(100, 5000, (_, _) => { }) { Name = "cell chart" }))]);

        var error = Assert.Throws<LayoutException>(() => TestDocuments.Render(table));
        Assert.Contains("Canvas 'cell chart'", error.Message);
    }

    [Fact]
    public void Padding_larger_than_the_page_is_an_error_naming_the_padding()
    {
        var padded = new Padding(new TextBlock("x"), 0, 900, 0, 0) { Name = "huge margin" };

        var error = Assert.Throws<LayoutException>(() => TestDocuments.Render(padded));
        Assert.Contains("Padding 'huge margin' can never fit", error.Message);
    }
}

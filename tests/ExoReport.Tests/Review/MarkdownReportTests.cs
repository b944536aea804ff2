using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ExoReport.Tests.Escaping;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Review;

/// <summary>report.md read back as GitHub would: every table parses as a table, and Table 1 says what the review says.</summary>
public class MarkdownReportTests
{
    private static readonly MarkdownDocument Document =
        Markdown.Parse(ReviewBuild.TextAndFigures.Text("report.md"), MarkdigReader.GitHubLike);

    private static IEnumerable<Table> Tables => Document.Descendants<Table>();

    private static List<string> Cells(TableRow row) => row.Cast<TableCell>().Select(CellText).ToList();

    /// <summary>A cell's text with &lt;br&gt; read as a space and &lt;sup&gt; markup dropped (its digits kept).</summary>
    private static string CellText(TableCell cell)
    {
        if (cell.Count == 0)
            return "";
        var text = new StringBuilder();
        foreach (var inline in ((ParagraphBlock)cell[0]).Inline!)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case HtmlInline { Tag: "<br>" }:
                    text.Append(' ');
                    break;
                case HtmlInline { Tag: "<sup>" or "</sup>" }:
                    break;
                default:
                    Assert.Fail($"unexpected {inline.GetType().Name} in a table cell");
                    break;
            }
        }
        return text.ToString();
    }

    [Fact]
    public void Table1_parses_with_19_body_rows_and_4_columns_whose_text_is_the_reviews()
    {
        var table1 = Tables.Single(t => Cells((TableRow)t[0])[0] == "Cellular Resource of Exosomes");
        var header = Cells((TableRow)table1[0]);
        Assert.Equal(["Cellular Resource of Exosomes", "Mechanisms of Spinal Cord Repair", "Delivery Ways", "Limitation"], header);
        var body = table1.Cast<TableRow>().Skip(1).Select(Cells).ToList();
        Assert.Equal(19, body.Count);
        foreach (var (seed, cells) in SeedTable1.Rows.Zip(body))
        {
            Assert.Equal(4, cells.Count);
            Assert.Equal(seed.Source + seed.Citation, cells[0]);
            Assert.Equal(seed.Mechanisms, cells[1]);
            Assert.Equal(seed.Delivery, cells[2]);
            Assert.Equal(seed.Limitations, cells[3]);
        }
    }

    [Fact]
    public void Every_table_row_has_as_many_cells_as_its_header()
    {
        // A stray pipe or newline in data would add or drop cells; Markdig keeps the raw count per row.
        var tables = Tables.ToList();
        Assert.True(tables.Count >= 8, $"{tables.Count} tables");
        foreach (var table in tables)
        {
            var columns = ((TableRow)table[0]).Count;
            Assert.All(table.Cast<TableRow>(), row => Assert.Equal(columns, row.Count));
        }
    }

    [Fact]
    public void The_report_has_every_section_in_order()
    {
        var headings = Document.Descendants<HeadingBlock>().Where(h => h.Level == 2)
            .Select(h => MarkdigReader.LiteralText(h.Inline!)).ToList();
        Assert.Equal(["Table 1. A Summary of Exosomes From Different Cellular Resources for Repair of SCI", "Evidence matrix",
            "Mechanisms of repair", "Delivery routes", "Engineered and preconditioned exosomes", "Clinical translation",
            "Limitations", "Figures", "References"], headings);
    }

    [Fact]
    public void Figure_links_resolve_to_files_of_the_same_build()
    {
        var build = ReviewBuild.TextAndFigures;
        var images = Document.Descendants<LinkInline>().Where(l => l.IsImage).Select(l => l.Url).ToList();
        Assert.Equal(5, images.Count);
        Assert.All(images, url => Assert.Contains(build.Files, f => f.RelativePath == url));
    }

    [Fact]
    public void References_are_numbered_with_doi_links()
    {
        var links = Document.Descendants<LinkInline>().Where(l => !l.IsImage).Select(l => l.Url!).ToList();
        Assert.Equal(105, links.Count(l => l.StartsWith("https://doi.org/10.", StringComparison.Ordinal)));
        Assert.Contains(links, l => l == "https://doi.org/10.1093/brain/awaa052");
    }
}

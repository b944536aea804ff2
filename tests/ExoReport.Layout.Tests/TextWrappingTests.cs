using ExoReport.Layout.Tests.Support;
using UglyToad.PdfPig.Content;

namespace ExoReport.Layout.Tests;

public class TextWrappingTests
{
    private static readonly float ContentWidth = PageSize.A4.Width - 2 * TestDocuments.Margin;

    [Fact]
    public void Long_paragraph_wraps_inside_the_content_width_and_keeps_every_word_in_order()
    {
        var text = TestDocuments.NumberedWords(400);
        var result = TestDocuments.Render(new TextBlock(text));

        using var pdf = PdfView.Open(result);
        Assert.Equal(1, result.PageCount);
        var letters = pdf.Pages[0].Letters.Where(l => l.Value != " ").ToArray();
        Assert.All(letters, l => Assert.InRange(l.BoundingBox.Left, TestDocuments.Margin - 0.5, TestDocuments.Margin + ContentWidth + 0.5));
        Assert.All(letters, l => Assert.InRange(l.BoundingBox.Right, TestDocuments.Margin - 0.5, TestDocuments.Margin + ContentWidth + 0.5));
        Assert.Equal(text.Replace(" ", ""), string.Concat(letters.Select(l => l.Value)));
        Assert.True(Baselines(letters).Count > 20, "400 words need many lines");
    }

    [Fact]
    public void Lines_are_filled_greedily_in_a_narrow_column()
    {
        const float width = 150f;
        var block = new TextBlock(TestDocuments.NumberedWords(60));
        var result = TestDocuments.Render(new Row(RowItem.Fixed(width, block), RowItem.Relative(new Spacer(0))));

        using var pdf = PdfView.Open(result);
        var words = pdf.Pages[0].GetWords().ToArray();
        var lines = words.GroupBy(w => Math.Round(w.BoundingBox.Bottom, 1)).OrderByDescending(g => g.Key).Select(g => g.OrderBy(w => w.BoundingBox.Left).ToArray()).ToArray();
        Assert.True(lines.Length > 5);
        Assert.All(words, w => Assert.True(w.BoundingBox.Right <= TestDocuments.Margin + width + 0.5, $"{w.Text} ends at {w.BoundingBox.Right}"));
        // No line was broken early: the next line's first word would not have fitted after the line's last word.
        var space = words[1].BoundingBox.Left - words[0].BoundingBox.Right;
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var wouldEnd = lines[i][^1].BoundingBox.Right + space + lines[i + 1][0].BoundingBox.Width;
            Assert.True(wouldEnd > TestDocuments.Margin + width, $"line {i + 1} could have taken '{lines[i + 1][0].Text}'");
        }
    }

    [Fact]
    public void A_200_character_doi_is_broken_and_stays_inside_the_margins()
    {
        var doi = "https://doi.org/10.1016/j.example.2024." + new string('x', 120) + "/" + string.Concat(Enumerable.Range(0, 12).Select(i => $"seg{i}-"));
        Assert.True(doi.Length >= 200);
        var result = TestDocuments.Render(new TextBlock(Span.Text("See "), Span.LinkUri(doi, doi), Span.Text(" for details.")));

        using var pdf = PdfView.Open(result);
        var letters = pdf.Pages[0].Letters.Where(l => l.Value != " ").ToArray();
        var box = PdfView.ContentBox(pdf.Pages[0]);
        Assert.All(letters, l => Assert.True(l.BoundingBox.Right <= box.Right + 0.5, $"'{l.Value}' at {l.BoundingBox.Right} > {box.Right}"));
        Assert.Contains(doi, string.Concat(letters.Select(l => l.Value)));
        Assert.True(Baselines(letters).Count >= 3);
    }

    [Fact]
    public void A_long_word_prefers_to_break_after_a_slash()
    {
        var url = string.Join("/", Enumerable.Range(0, 40).Select(i => $"part{i:00}"));
        var result = TestDocuments.Render(new TextBlock(url));

        using var pdf = PdfView.Open(result);
        var lines = pdf.Pages[0].Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key)
            .Select(g => string.Concat(g.Select(l => l.Value))).ToArray();
        Assert.True(lines.Length >= 2);
        Assert.All(lines[..^1], line => Assert.EndsWith("/", line));
    }

    [Fact]
    public void Line_breaks_in_the_text_start_new_lines()
    {
        var result = TestDocuments.Render(new TextBlock("first line\nsecond line\n\nfourth line"));

        using var pdf = PdfView.Open(result);
        var first = pdf.Find(1, "first")[0].StartBaseLine.Y;
        var second = pdf.Find(1, "second")[0].StartBaseLine.Y;
        var fourth = pdf.Find(1, "fourth")[0].StartBaseLine.Y;
        Assert.Equal(12.5, first - second, 1); // 10 pt × the default line height 1.25
        Assert.Equal(25, second - fourth, 1);  // an empty line in between
    }

    [Fact]
    public void Line_height_sets_the_distance_between_baselines()
    {
        var result = TestDocuments.Render(new TextBlock(TestDocuments.NumberedWords(200)) { LineHeight = 2f, Style = TextStyle.Default.WithSize(12) });

        using var pdf = PdfView.Open(result);
        var baselines = Baselines(pdf.Pages[0].Letters.Where(l => l.Value != " ").ToArray());
        var steps = baselines.Zip(baselines.Skip(1), (a, b) => a - b).ToArray();
        Assert.All(steps, step => Assert.Equal(24, step, 1));
    }

    [Theory]
    [InlineData(TextAlignment.Right)]
    [InlineData(TextAlignment.Center)]
    public void Alignment_places_a_short_line(TextAlignment alignment)
    {
        var result = TestDocuments.Render(new TextBlock("aligned") { Alignment = alignment });

        using var pdf = PdfView.Open(result);
        var letters = pdf.Find(1, "aligned");
        var left = letters[0].StartBaseLine.X;
        var right = letters[^1].EndBaseLine.X;
        var box = PdfView.ContentBox(pdf.Pages[0]);
        if (alignment == TextAlignment.Right)
            Assert.Equal(box.Right, right, 0.5);
        else
            Assert.Equal(left - box.Left, box.Right - right, 0.5);
    }

    [Fact]
    public void Justified_lines_reach_both_edges_except_the_last()
    {
        var result = TestDocuments.Render(new TextBlock(TestDocuments.NumberedWords(150)) { Alignment = TextAlignment.Justify });

        using var pdf = PdfView.Open(result);
        var box = PdfView.ContentBox(pdf.Pages[0]);
        var lines = pdf.Pages[0].Letters.Where(l => l.Value != " ").GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key).Select(g => g.ToArray()).ToArray();
        Assert.All(lines[..^1], line => Assert.Equal(box.Right, line[^1].EndBaseLine.X, 0.5));
        Assert.True(lines[^1][^1].EndBaseLine.X < box.Right - 20);
    }

    [Fact]
    public void A_paragraph_longer_than_a_page_continues_line_by_line()
    {
        var text = TestDocuments.NumberedWords(1500);
        var result = TestDocuments.Render(new TextBlock(text));

        using var pdf = PdfView.Open(result);
        Assert.True(result.PageCount >= 2);
        var all = string.Concat(pdf.Pages.SelectMany(p => p.Letters).Where(l => l.Value != " ").Select(l => l.Value));
        Assert.Equal(text.Replace(" ", ""), all);
    }

    private static List<double> Baselines(IEnumerable<Letter> letters) =>
        letters.Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct().OrderByDescending(y => y).ToList();
}

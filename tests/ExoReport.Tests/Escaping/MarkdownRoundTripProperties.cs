using CsCheck;
using ExoReport.Writers.Markdown;

namespace ExoReport.Tests.Escaping;

/// <summary>
/// For arbitrary Unicode text (printable basic-plane and astral characters, Markdown syntax over-represented),
/// Markdig reads the escaped Markdown back as exactly the text: as a paragraph, as a table cell, as cell lines.
/// </summary>
public sealed class MarkdownRoundTripProperties
{
    private const long Iterations = 20_000;

    [Fact]
    public void Inline_reads_back_as_the_text() =>
        Check.Sample(TestAlphabets.Unicode, text =>
            Assert.Equal(MarkdownExpected.Text(text), MarkdigReader.ParagraphText(MarkdownText.Inline(text))),
            iter: Iterations);

    [Fact]
    public void Inline_reads_back_as_the_text_after_a_line_of_template_text() =>
        Check.Sample(TestAlphabets.Unicode, text =>
            Assert.Equal(("Intro " + MarkdownExpected.Text(text)).TrimEnd(),
                MarkdigReader.ParagraphText("Intro\n" + MarkdownText.Inline(text)).Replace('\n', ' ')),
            iter: Iterations);

    [Fact]
    public void Cells_read_back_as_the_text_and_keep_the_row_shape() =>
        Check.Sample(Gen.Select(TestAlphabets.Unicode, TestAlphabets.Unicode), (left, right) =>
        {
            var markdown = "| a | b |\n| --- | --- |\n| " + MarkdownText.Cell(left) + " | " + MarkdownText.Cell(right) + " |\n";
            Assert.Equal([MarkdownExpected.Text(left), MarkdownExpected.Text(right)],
                MarkdigReader.DataRowCells(markdown));
        }, iter: Iterations);

    [Fact]
    public void Cell_lines_read_back_one_item_per_line() =>
        Check.Sample(TestAlphabets.Unicode.Array[0, 4], items =>
        {
            var markdown = "| a |\n| --- |\n| " + MarkdownText.CellLines(items) + " |\n";
            var expected = string.Join('\n', items.Select(MarkdownExpected.Text).Where(item => item.Length > 0));
            Assert.Equal([expected], MarkdigReader.DataRowCells(markdown));
        }, iter: Iterations / 4);
}

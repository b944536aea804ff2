using ExoReport.Synthesis.Model;

namespace ExoReport.Tests.Synthesis;

public class CitationTests
{
    [Theory]
    [InlineData(new[] { 39 }, "39")]
    [InlineData(new[] { 41, 43 }, "41,43")]
    [InlineData(new[] { 12, 13 }, "12,13")]
    [InlineData(new[] { 12, 13, 14, 15 }, "12–15")]
    [InlineData(new[] { 1, 2, 3, 7, 9, 10, 11 }, "1–3,7,9–11")]
    public void Runs_of_three_or_more_collapse_into_ranges(int[] numbers, string expected) =>
        Assert.Equal(expected, new Citation(numbers).Text);

    [Fact]
    public void No_numbers_is_empty_text() => Assert.Equal("", Citation.None.Text);
}

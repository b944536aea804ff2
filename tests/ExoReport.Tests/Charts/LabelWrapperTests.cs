using ExoReport.Writers.Charts;

namespace ExoReport.Tests.Charts;

public class LabelWrapperTests
{
    private static readonly TextMeasurer Measurer = new(12);

    [Fact]
    public void Long_label_wraps_into_lines_within_the_width_and_keeps_every_word()
    {
        const string label = "Human umbilical vein endothelial cells";
        string wrapped = LabelWrapper.Wrap(label, 120, Measurer);

        string[] lines = wrapped.Split('\n');
        Assert.True(lines.Length > 1);
        Assert.All(lines, line => Assert.True(Measurer.Width(line) <= 120, $"'{line}' is wider than 120 px"));
        Assert.Equal(label, string.Join(' ', lines));
    }

    [Fact]
    public void Lines_are_balanced_rather_than_leaving_a_lone_last_word()
    {
        string wrapped = LabelWrapper.Wrap("Small animal models only; no large-animal or human data", 324, Measurer);

        string[] lines = wrapped.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.True(Math.Abs(Measurer.Width(lines[0]) - Measurer.Width(lines[1])) < 60, wrapped);
    }

    [Fact]
    public void Short_label_stays_on_one_line()
    {
        Assert.Equal("Angiogenesis", LabelWrapper.Wrap("Angiogenesis", 200, Measurer));
    }

    [Fact]
    public void Hyphenated_words_may_break_after_the_hyphen()
    {
        string wrapped = LabelWrapper.Wrap("Anti-inflammation", 60, Measurer);

        Assert.Equal("Anti-\ninflammation", wrapped);
    }

    [Fact]
    public void A_word_wider_than_the_limit_stays_whole_and_is_reported_as_not_fitting()
    {
        string wrapped = LabelWrapper.Wrap("Immunomodulation", 40, Measurer);

        Assert.Equal("Immunomodulation", wrapped);
        Assert.False(LabelWrapper.Fits(wrapped, 40, Measurer));
    }
}

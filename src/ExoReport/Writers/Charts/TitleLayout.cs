namespace ExoReport.Writers.Charts;

/// <summary>A chart title wrapped to the figure width, and the height it takes.</summary>
internal sealed record TitleLayout(string Text, float Height)
{
    public static TitleLayout For(string title, float figureWidth)
    {
        if (string.IsNullOrWhiteSpace(title))
            return new TitleLayout("", 0);
        var measurer = new TextMeasurer(ChartStyle.TitleFontSize, bold: true);
        string wrapped = LabelWrapper.Wrap(title, figureWidth - 2 * ChartStyle.OuterPadding, measurer);
        return new TitleLayout(wrapped, measurer.BlockHeight(wrapped));
    }
}

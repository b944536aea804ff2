namespace ExoReport.Writers.Charts;

/// <summary>Sizes shared by all charts, in pixels of the chart's logical size.</summary>
internal static class ChartStyle
{
    public const float TitleFontSize = 16;
    public const float TickFontSize = 12;
    public const float MinimumTickFontSize = 9;
    public const float AxisLabelFontSize = 13;
    public const float ValueFontSize = 11;
    public const float LegendFontSize = 12;

    /// <summary>Space kept free around the whole figure, so nothing touches its edge.</summary>
    public const float OuterPadding = 14;

    /// <summary>Length of tick marks plus the gap between a tick and its label.</summary>
    public const float TickSpace = 10;

    /// <summary>Gap between stacked elements such as the title and the labels under it.</summary>
    public const float Gap = 10;
}

using ScottPlot;

namespace ExoReport.Writers.Charts;

/// <summary>
/// Colours from the Okabe–Ito palette, chosen to stay distinguishable for colour-blind readers, plus the
/// greys used for frames, bands and grid lines.
/// </summary>
internal static class ChartPalette
{
    public static readonly Color Blue = Color.FromHex("#0072B2");
    public static readonly Color SkyBlue = Color.FromHex("#56B4E9");
    public static readonly Color BluishGreen = Color.FromHex("#009E73");
    public static readonly Color Vermillion = Color.FromHex("#D55E00");
    public static readonly Color Orange = Color.FromHex("#E69F00");
    public static readonly Color ReddishPurple = Color.FromHex("#CC79A7");
    public static readonly Color Yellow = Color.FromHex("#F0E442");
    public static readonly Color Black = Color.FromHex("#000000");

    public static readonly Color Text = Color.FromHex("#222222");
    public static readonly Color Frame = Color.FromHex("#4D4D4D");
    public static readonly Color GroupSeparator = Color.FromHex("#7F7F7F");
    public static readonly Color CellLine = Color.FromHex("#D9D9D9");
    public static readonly Color Band = Color.FromHex("#F2F2F2");
    public static readonly Color GridLine = Color.FromHex("#E5E5E5");
    public static readonly Color White = Color.FromHex("#FFFFFF");

    /// <summary>The one colour of single-series bars and of the evidence map's marks.</summary>
    public static Color Primary => Blue;

    /// <summary>
    /// Colour families for stacked groups: the first group (e.g. systemic) gets cool colours, the second
    /// (e.g. local) warm ones, a third greys, so the group reads from the hue alone.
    /// </summary>
    public static readonly IReadOnlyList<IReadOnlyList<Color>> Families =
    [
        [Blue, SkyBlue, BluishGreen],
        [Vermillion, Orange, ReddishPurple, Yellow],
        [Color.FromHex("#4D4D4D"), Color.FromHex("#999999"), Color.FromHex("#CCCCCC")],
    ];
}

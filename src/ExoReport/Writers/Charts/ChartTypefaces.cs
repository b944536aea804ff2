using SkiaSharp;

namespace ExoReport.Writers.Charts;

/// <summary>
/// The typefaces every chart uses: DejaVu Sans shipped inside this assembly, never whatever the machine
/// happens to have, so a chart looks (and measures) the same on every machine. Public so the PDF report
/// writer can set its own text in the very same typeface objects: Skia then embeds each face once per
/// document instead of once per chart.
/// </summary>
public static class ChartTypefaces
{
    /// <summary>
    /// The name ScottPlot knows our font by. It is deliberately not a real family name, so no system
    /// font resolver can answer it with an installed font instead of ours.
    /// </summary>
    internal const string FontName = "ExoReport Chart Sans";

    private const string RegularResource = "ExoReport.fonts.DejaVuSans.ttf";
    private const string BoldResource = "ExoReport.fonts.DejaVuSans-Bold.ttf";

    // Loaded once per process: the typefaces are immutable once made, and ScottPlot caches them anyway.
    private static readonly Lazy<SKTypeface> LazyRegular = new(() => EmbeddedTypeface.Load(RegularResource), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<SKTypeface> LazyBold = new(() => EmbeddedTypeface.Load(BoldResource), LazyThreadSafetyMode.ExecutionAndPublication);

    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface Bold => LazyBold.Value;

    public static SKTypeface Get(bool bold) => bold ? Bold : Regular;
}

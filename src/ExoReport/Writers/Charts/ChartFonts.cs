using SkiaSharp;

namespace ExoReport.Writers.Charts;

/// <summary>
/// The two typefaces a chart's text is drawn in: by default the embedded DejaVu Sans (<see cref="ChartTypefaces"/>);
/// a PDF passes subsets of those same faces so it embeds only the glyphs its charts and tables use.
/// Subsets keep the glyphs' ids and advances, so a chart lays out the same in either.
/// </summary>
public sealed record ChartFonts(SKTypeface Regular, SKTypeface Bold)
{
    public static ChartFonts Embedded { get; } = new(ChartTypefaces.Regular, ChartTypefaces.Bold);

    public SKTypeface Get(bool bold) => bold ? Bold : Regular;
}

using ScottPlot;
using SkiaSharp;

namespace ExoReport.Writers.Charts;

/// <summary>Answers ScottPlot's font look-ups for <see cref="ChartTypefaces.FontName"/> with the embedded DejaVu Sans.</summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        fontName == ChartTypefaces.FontName ? ChartTypefaces.Get(weight >= FontWeight.SemiBold) : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName == ChartTypefaces.FontName ? ChartTypefaces.Get(bold) : null;
}

using System.Globalization;
using ExoReport.Synthesis.Model;

namespace ExoReport.Build;

/// <summary>
/// How much drawing one build may ask for. Each chart is drawn as a bitmap (PNG, and to settle its layout for
/// vector output), so time and memory grow with its pixels and with the number of charts; the schema bounds
/// only one chart's sides (10,000 px), and five 10,000 x 10,000 charts take over half a minute and gigabytes.
/// Within these bounds a build's figures take a few seconds at most.
/// </summary>
public static class FigureBudget
{
    public const int MaxFigures = 12;

    /// <summary>Pixels of all figures together: e.g. five 2000 x 2400 charts, or twelve of 1400 x 1400.</summary>
    public const long MaxPixels = 24_000_000;

    /// <summary>Why the figures are too much to draw, or null when they are within bounds.</summary>
    public static string? Problem(IReadOnlyList<FigureEntry> figures)
    {
        if (figures.Count > MaxFigures)
            return string.Create(CultureInfo.InvariantCulture,
                $"report.charts asks for {figures.Count} charts; at most {MaxFigures} can be drawn in one build");
        var pixels = figures.Sum(f => (long)f.Chart.Width * f.Chart.Height);
        return pixels > MaxPixels
            ? string.Create(CultureInfo.InvariantCulture,
                $"report.charts asks for {pixels:N0} pixels in all; at most {MaxPixels:N0} (e.g. five charts of 2000 x 2400) can be drawn in one build: make the charts smaller")
            : null;
    }
}

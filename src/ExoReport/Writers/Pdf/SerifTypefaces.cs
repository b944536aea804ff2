using SkiaSharp;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// DejaVu Serif, shipped inside this assembly, loaded once per process: the report's body text. Reading and copying
/// its four files (1.5 MB) was a seventh of a warm rebuild's PDF time; the typefaces are immutable once made, so
/// every build can share them (as the charts share <see cref="Charts.ChartTypefaces"/>).
/// </summary>
internal static class SerifTypefaces
{
    private const string Prefix = "ExoReport.fonts.DejaVuSerif";

    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Load(".ttf"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load("-Bold.ttf"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<SKTypeface> LazyItalic = new(() => Load("-Italic.ttf"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<SKTypeface> LazyBoldItalic = new(() => Load("-BoldItalic.ttf"), LazyThreadSafetyMode.ExecutionAndPublication);

    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface Bold => LazyBold.Value;

    public static SKTypeface Italic => LazyItalic.Value;

    public static SKTypeface BoldItalic => LazyBoldItalic.Value;

    /// <summary>Loads all four now (a cold build does it on its second core while the evidence is parsed).</summary>
    public static void WarmUp()
    {
        _ = Regular;
        _ = Bold;
        _ = Italic;
        _ = BoldItalic;
    }

    private static SKTypeface Load(string suffix) => EmbeddedTypeface.Load(Prefix + suffix);
}

using SkiaSharp;

namespace ExoReport.Writers;

/// <summary>A font file shipped inside this assembly, made into a Skia typeface (the charts' DejaVu Sans, the PDF's DejaVu Serif).</summary>
internal static class EmbeddedTypeface
{
    public static SKTypeface Load(string resourceName)
    {
        using Stream stream = typeof(EmbeddedTypeface).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The font resource '{resourceName}' is missing from the ExoReport assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return SKTypeface.FromData(SKData.CreateCopy(bytes))
            ?? throw new InvalidOperationException($"The font resource '{resourceName}' is not a font Skia can read.");
    }
}

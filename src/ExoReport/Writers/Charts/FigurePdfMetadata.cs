using SkiaSharp;

namespace ExoReport.Writers.Charts;

/// <summary>
/// Document information for a figure's PDF. The dates are fixed (and given in UTC) because Skia writes
/// them, and derives the document id from them: a clock here would make every build differ.
/// </summary>
public static class FigurePdfMetadata
{
    /// <summary>The creation and modification date written into every figure PDF.</summary>
    public static readonly DateTime FixedDate = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public const string Producer = "ExoReport";

    public const string Creator = "ExoReport charts";

    public static SKDocumentPdfMetadata For(string title)
    {
        SKDocumentPdfMetadata metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = title;
        metadata.Producer = Producer;
        metadata.Creator = Creator;
        metadata.Creation = FixedDate;
        metadata.Modified = FixedDate;
        metadata.PdfA = false;
        return metadata;
    }
}

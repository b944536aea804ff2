using ExoReport.Layout.Engine.Drawing;
using SkiaSharp;

namespace ExoReport.Layout.Engine;

/// <summary>
/// Pages of a Skia PDF document written to a stream. Metadata dates are the caller's fixed UTC values and PDF/A
/// is off (it would add a time-based document ID), so the same input gives the same bytes. Its drawing fonts must
/// not change while it is open (text blobs are kept per font).
/// </summary>
internal sealed class PdfSurface : IPageSurface, IDisposable
{
    private readonly SKDocument _document;
    private readonly FontCache _fonts;
    private readonly TextBlobCache _blobs = new();

    public PdfSurface(Stream output, DocumentMetadata metadata, FontCache fonts)
    {
        _fonts = fonts;
        _document = SKDocument.CreatePdf(output, ToSkia(metadata))
            ?? throw new LayoutException("SkiaSharp could not create a PDF document.");
    }

    public IPageDrawing BeginPage(float width, float height) => new SkiaPageDrawing(_document.BeginPage(width, height), _fonts, _blobs);

    public void BeginBody(float? headerHeight, float? footerHeight) { }

    public void EndPage() => _document.EndPage();

    public void Close() => _document.Close();

    public void Dispose()
    {
        _document.Dispose();
        _blobs.Dispose();
    }

    private static SKDocumentPdfMetadata ToSkia(DocumentMetadata metadata) => new()
    {
        Title = metadata.Title ?? "",
        Author = metadata.Author ?? "",
        Subject = metadata.Subject ?? "",
        Keywords = metadata.Keywords ?? "",
        Creator = metadata.Creator ?? "",
        Producer = metadata.Producer,
        Creation = Utc(metadata.Created, nameof(metadata.Created)),
        Modified = Utc(metadata.Modified, nameof(metadata.Modified)),
        PdfA = false,
        RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
        EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
    };

    private static DateTime? Utc(DateTime? value, string name) =>
        value is { Kind: not DateTimeKind.Utc }
            ? throw new ArgumentException($"DocumentMetadata.{name} must be a UTC date (DateTimeKind.Utc), so output does not depend on the machine's time zone.", name)
            : value;
}

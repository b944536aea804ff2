using ExoReport.Layout.Engine;

namespace ExoReport.Layout;

/// <summary>
/// Renders a document to PDF bytes. "Page X of Y" needs the page count before drawing, so a counting pass lays
/// the document out on a no-op canvas first; the drawing pass then gets the count (and is repeated, rarely, if a
/// header or footer that depends on the count changes the page count).
/// </summary>
public static class PdfRenderer
{
    private const int MaxDrawingPasses = 3;

    public static PdfRenderResult Render(DocumentBuilder builder) => Render(builder.Build());

    public static PdfRenderResult Render(Document document)
    {
        using var session = new RenderSession(document.Settings);
        int pageCount;
        using (var counting = new CountingSurface())
            pageCount = DocumentPaginator.Run(document, session, counting, isCountingPass: true, pageCountHint: 0);

        for (var pass = 1; ; pass++)
        {
            using var output = new MemoryStream();
            int drawn;
            using (var pdf = new PdfSurface(output, document.Settings.Metadata))
            {
                drawn = DocumentPaginator.Run(document, session, pdf, isCountingPass: false, pageCountHint: pageCount);
                pdf.Close();
            }
            if (drawn == pageCount || pass == MaxDrawingPasses)
                return new PdfRenderResult(output.ToArray(), drawn, session.Warnings.All.ToArray());
            pageCount = drawn;
        }
    }
}

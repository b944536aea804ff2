using ExoReport.Layout.Engine;
using ExoReport.Layout.Engine.Drawing;

namespace ExoReport.Layout;

/// <summary>
/// Renders a document to PDF bytes. "Page X of Y" needs the page count before drawing, so a counting pass lays
/// the document out first, drawing nowhere or into a record; the drawing pass then gets the count (and is repeated, rarely, if a
/// header or footer that depends on the count changes the page count). Usually the counting pass keeps what it
/// drew (<see cref="RecordingSurface"/>) and the PDF is painted from that record, headers and footers drawn with
/// the final count, without a second layout; a record too large (<see cref="DocumentSettings.RecordedDrawingLimit"/>)
/// or a header or footer whose height depends on the count falls back to the drawing pass. The counting pass also records the
/// characters drawn with each typeface, and the drawing pass paints with subsets holding just those
/// (<see cref="DocumentSettings.SubsetFonts"/>); should it draw a character the counting pass did not (a page
/// number of the final count), the subsets are widened and the pass repeated.
/// </summary>
public static class PdfRenderer
{
    private const int MaxDrawingPasses = 3;

    public static PdfRenderResult Render(DocumentBuilder builder) => Render(builder.Build());

    public static PdfRenderResult Render(Document document)
    {
        document.Settings.SubsetCache?.StartRender();
        using var session = new RenderSession(document.Settings);
        int pageCount;
        GlyphUsage usage;
        IReadOnlyList<RecordedPage>? recorded;
        {
            var counting = new RecordingSurface(document.Settings.RecordedDrawingLimit);
            pageCount = DocumentPaginator.Run(document, session, counting, isCountingPass: true, pageCountHint: 0, out usage);
            recorded = counting.Pages;
        }
        if (recorded is not null)
            return Replay(document, session, recorded, usage);

        SubsetFaces? subsets = null;
        try
        {
            for (var pass = 1; ; pass++)
            {
                if (document.Settings.SubsetFonts && subsets is null)
                {
                    subsets = new SubsetFaces(usage, document.Settings.SubsetCache);
                    session.Fonts.DrawWith(subsets);
                }
                using var output = new MemoryStream();
                int drawn;
                GlyphUsage drawnUsage;
                using (var pdf = new PdfSurface(output, document.Settings.Metadata, session.Fonts))
                {
                    drawn = DocumentPaginator.Run(document, session, pdf, isCountingPass: false, pageCountHint: pageCount, out drawnUsage);
                    pdf.Close();
                }
                if (subsets is not null && !subsets.Usage.Covers(drawnUsage))
                {
                    usage.AddAll(drawnUsage);
                    session.Fonts.DrawWith(null);
                    subsets.Dispose();
                    subsets = null;
                    pageCount = drawn;
                    continue;
                }
                if (drawn == pageCount || pass >= MaxDrawingPasses)
                    return new PdfRenderResult(output.ToArray(), drawn, session.Warnings.All.ToArray()) { LayoutPasses = 1 + pass };
                pageCount = drawn;
            }
        }
        finally
        {
            session.Fonts.DrawWith(null);
            subsets?.Dispose();
        }
    }

    /// <summary>Paints the recorded pages: their glyphs are all known, so the subsets are made once, up front.</summary>
    private static PdfRenderResult Replay(Document document, RenderSession session, IReadOnlyList<RecordedPage> pages, GlyphUsage usage)
    {
        using var subsets = document.Settings.SubsetFonts ? new SubsetFaces(usage, document.Settings.SubsetCache) : null;
        session.Fonts.DrawWith(subsets);
        try
        {
            using var output = new MemoryStream();
            using (var pdf = new PdfSurface(output, document.Settings.Metadata, session.Fonts))
            {
                foreach (var page in pages)
                {
                    page.ReplayOnto(pdf.BeginPage(page.Width, page.Height));
                    pdf.EndPage();
                }
                pdf.Close();
            }
            return new PdfRenderResult(output.ToArray(), pages.Count, session.Warnings.All.ToArray());
        }
        finally
        {
            session.Fonts.DrawWith(null);
        }
    }
}

using System.Globalization;
using ExoReport.Layout.Engine.Drawing;
using SkiaSharp;

namespace ExoReport.Layout.Engine;

/// <summary>
/// Runs one pass over a document: per page, builds the header and footer for that page, offers the content the
/// space between them, draws what fits and continues until the content is finished. An element that does not
/// fit on a fresh page (after one retry, which lets "keep together" elements give up moving) is a
/// <see cref="LayoutException"/> naming it; so is running past <see cref="DocumentSettings.MaxPages"/>.
/// A counting pass onto a <see cref="RecordingSurface"/> also draws every page's header and footer again with the
/// final page count, so the record holds whole pages and the document need not be laid out a second time.
/// </summary>
internal static class DocumentPaginator
{
    public static int Run(Document document, RenderSession session, IPageSurface surface, bool isCountingPass, int pageCountHint, out GlyphUsage usage)
    {
        var settings = document.Settings;
        var pass = new LayoutPass(session);
        usage = pass.Usage;
        var content = document.Content.CreateNode(pass);
        var page = settings.PageSize;
        var margins = settings.Margins;
        var box = new SKRect(margins.Left, margins.Top, page.Width - margins.Right, page.Height - margins.Bottom);
        if (box.Width <= 0 || box.Height <= 0)
            throw new LayoutException($"The margins leave no room on a {Points(page.Width)} × {Points(page.Height)} pt page.");

        var pages = 0;
        var bandsUseLinks = false;
        for (var number = 1; ; number++)
        {
            if (number > settings.MaxPages)
                throw new LayoutException(
                    $"The document needs more than {settings.MaxPages.ToString(CultureInfo.InvariantCulture)} pages (DocumentSettings.MaxPages); " +
                    "stopping. Raise the limit if the document really is that long.");

            var context = new PageContext(number, pageCountHint);
            var header = Band(document.Header, context, "header", pass, box);
            var footer = Band(document.Footer, context, "footer", pass, box);
            var top = box.Top + (header is null ? 0 : header.Value.Height + settings.HeaderSpacing);
            var bottom = box.Bottom - (footer is null ? 0 : footer.Value.Height + settings.FooterSpacing);
            var body = new SKRect(box.Left, top, box.Right, bottom);
            if (body.Height <= 0)
                throw new LayoutException($"Header and footer leave no room for content on page {number}.");

            var plan = MeasureContent(content, pass, number, body.Size);
            if (plan.IsEmpty && number > 1)
                break; // the content ended exactly at the end of the previous page

            pass.UseDrawing(surface.BeginPage(page.Width, page.Height));
            var linkTargets = pass.LinkTargetsSeen;
            DrawBands(header, footer, box);
            bandsUseLinks |= pass.LinkTargetsSeen != linkTargets;
            surface.BeginBody(header?.Height, footer?.Height);
            if (plan.Draws)
                content.Draw(SKRect.Create(body.Left, body.Top, body.Width, plan.Height));
            surface.EndPage();
            pass.UseDrawing(null);
            pages = number;

            if (plan.Kind != SpacePlanKind.PartialRender)
                break;
        }

        if (surface is RecordingSurface { IsRecording: true } recording)
        {
            if (bandsUseLinks)
                recording.Abandon(); // the bands' links and destinations would be declared in another order
            else
                RecordFinalBands(document, session, recording, pages, box, usage);
        }
        if (!isCountingPass || surface is RecordingSurface { IsRecording: true })
            pass.ReportUnknownDestinations();
        return pages;
    }

    private static void DrawBands((LayoutNode Node, float Height)? header, (LayoutNode Node, float Height)? footer, SKRect box)
    {
        header?.Node.Draw(SKRect.Create(box.Left, box.Top, box.Width, header.Value.Height));
        footer?.Node.Draw(SKRect.Create(box.Left, box.Bottom - footer.Value.Height, box.Width, footer.Value.Height));
    }

    /// <summary>
    /// Draws each recorded page's header and footer with the final page count, as the drawing pass would. Should
    /// one take another height than with the count unknown, the body would move: the record is dropped and the
    /// document is laid out again (as it always was); so it is if a header or footer declares or links to a
    /// destination (their order would change).
    /// </summary>
    private static void RecordFinalBands(Document document, RenderSession session, RecordingSurface recording, int pageCount, SKRect box, GlyphUsage usage)
    {
        var pass = new LayoutPass(session);
        var pages = recording.Pages!;
        var bands = new DrawOpList();
        for (var number = 1; number <= pageCount; number++)
        {
            var recorded = pages[number - 1];
            var context = new PageContext(number, pageCount);
            var header = Band(document.Header, context, "header", pass, box);
            var footer = Band(document.Footer, context, "footer", pass, box);
            if (header?.Height != recorded.HeaderHeight || footer?.Height != recorded.FooterHeight)
            {
                recording.Abandon();
                return;
            }
            bands.Clear();
            pass.UseDrawing(new RecordingPageDrawing(bands));
            DrawBands(header, footer, box);
            pass.UseDrawing(null);
            recorded.Bands = bands.ToArray();
        }
        if (pass.LinkTargetsSeen != 0)
        {
            recording.Abandon();
            return;
        }
        usage.AddAll(pass.Usage);
    }

    /// <summary>Measures the content on a fresh page, retrying once so elements that deferred get to split.</summary>
    private static SpacePlan MeasureContent(LayoutNode content, LayoutPass pass, int number, SKSize body)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            pass.BeginAttempt(number, body.Height);
            var plan = content.Measure(body);
            if (!plan.IsWrap)
                return plan;
        }
        throw NeverFits(pass.Trace.Culprit, number, body);
    }

    private static (LayoutNode Node, float Height)? Band(Func<PageContext, Element>? factory, PageContext context, string what, LayoutPass pass, SKRect box)
    {
        if (factory is null)
            return null;
        var node = factory(context).CreateNode(pass);
        pass.BeginAttempt(context.PageNumber, box.Height);
        var plan = node.Measure(box.Size);
        return plan.Kind switch
        {
            SpacePlanKind.Empty => null,
            SpacePlanKind.FullRender => (node, plan.Height),
            _ => throw new LayoutException(
                $"The {what} ({node.DisplayName}) does not fit on page {context.PageNumber}: " +
                $"it must fit whole in the {Points(box.Width)} × {Points(box.Height)} pt inside the margins."),
        };
    }

    private static LayoutException NeverFits(WrapCulprit? culprit, int page, SKSize body)
    {
        var area = $"{Points(body.Width)} × {Points(body.Height)} pt";
        if (culprit is null)
            return new LayoutException($"The content does not fit on page {page} (content area {area}) and cannot be split.");
        return new LayoutException(
            $"{culprit.Element} can never fit: it does not fit in the {Points(culprit.Available.Width)} × {Points(culprit.Available.Height)} pt " +
            $"it was offered on a fresh page (page {page}; the page's content area is {area}) and it cannot be split. " +
            $"Element path: {string.Join(" > ", culprit.Path)}.");
    }

    private static string Points(float value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

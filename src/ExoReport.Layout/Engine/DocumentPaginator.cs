using System.Globalization;
using SkiaSharp;

namespace ExoReport.Layout.Engine;

/// <summary>
/// Runs one pass over a document: per page, builds the header and footer for that page, offers the content the
/// space between them, draws what fits and continues until the content is finished. An element that does not
/// fit on a fresh page (after one retry, which lets "keep together" elements give up moving) is a
/// <see cref="LayoutException"/> naming it; so is running past <see cref="DocumentSettings.MaxPages"/>.
/// </summary>
internal static class DocumentPaginator
{
    public static int Run(Document document, RenderSession session, IPageSurface surface, bool isCountingPass, int pageCountHint) =>
        Run(document, session, surface, isCountingPass, pageCountHint, out _);

    public static int Run(Document document, RenderSession session, IPageSurface surface, bool isCountingPass, int pageCountHint, out GlyphUsage usage)
    {
        var settings = document.Settings;
        var pass = new LayoutPass(session, isCountingPass);
        usage = pass.Usage;
        var content = document.Content.CreateNode(pass);
        var page = settings.PageSize;
        var margins = settings.Margins;
        var box = new SKRect(margins.Left, margins.Top, page.Width - margins.Right, page.Height - margins.Bottom);
        if (box.Width <= 0 || box.Height <= 0)
            throw new LayoutException($"The margins leave no room on a {Points(page.Width)} × {Points(page.Height)} pt page.");

        var pages = 0;
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

            pass.UseCanvas(surface.BeginPage(page.Width, page.Height));
            header?.Node.Draw(SKRect.Create(box.Left, box.Top, box.Width, header.Value.Height));
            footer?.Node.Draw(SKRect.Create(box.Left, box.Bottom - footer.Value.Height, box.Width, footer.Value.Height));
            if (plan.Draws)
                content.Draw(SKRect.Create(body.Left, body.Top, body.Width, plan.Height));
            surface.EndPage();
            pass.UseCanvas(null);
            pages = number;

            if (plan.Kind != SpacePlanKind.PartialRender)
                break;
        }

        if (!isCountingPass)
            pass.ReportUnknownDestinations();
        return pages;
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

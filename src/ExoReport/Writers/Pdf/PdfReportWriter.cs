using ExoReport.Layout;
using ExoReport.Synthesis.Model;
using ExoReport.Writers.Charts;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// Writes the report as a paginated PDF with the layout engine: the same sections, texts and citation numbers
/// as the Markdown and LaTeX reports, with linked citations and DOIs, repeated table headers, vector charts and
/// "Page X of Y". The same report and options give the same bytes.
/// </summary>
public static class PdfReportWriter
{
    /// <param name="charts">The build's charts, shared with its figure files (null: the figures are rendered here for this PDF).</param>
    /// <exception cref="LayoutException">The report cannot be laid out (the message names the element).</exception>
    public static PdfReportResult Write(Report report, PdfReportOptions? options = null, ChartRenders? charts = null)
    {
        using var ownCharts = charts is null ? new ChartRenders() : null;
        charts ??= ownCharts!;
        options ??= PdfReportOptions.Default;
        var warnings = new List<PdfReportWarning>();
        var date = PdfMetadata.ReviewDate(report.Title.Date);
        if (date is null)
        {
            warnings.Add(new PdfReportWarning(PdfReportWarningKind.Metadata,
                $"The review date '{report.Title.Date}' is not a YYYY-MM-DD date; the PDF is dated {PdfMetadata.FallbackDate:yyyy-MM-dd} instead."));
        }

        using var fonts = ReportFonts.Load(options);
        warnings.AddRange(fonts.Warnings);
        var styles = new PdfStyles(fonts.BodyFamily, fonts.TableFamily);
        var settings = new DocumentSettings(fonts.Set)
        {
            PageSize = options.PageSize,
            Margins = options.Margins,
            Metadata = PdfMetadata.For(report.Title, date ?? PdfMetadata.FallbackDate),
            Text = new Layout.TextDefaults { FontSize = PdfStyles.BodySize, LineHeight = 1.3f, Color = PdfStyles.Ink },
            // In a watch, the subsets of the build before are reused when the characters are the same.
            SubsetCache = charts.FontSubsets,
        };
        var header = PageFurniture.Header(report.Title, styles);
        var document = new DocumentBuilder(settings)
            .Header(_ => header)
            .Footer(page => PageFurniture.Footer(page, styles))
            .Content(ReportComposition.Compose(report, styles, PageFrame.For(options), options.IncludeFigures, charts).Padding(PdfStyles.OpticalInset, 0))
            .Build();

        var rendered = PdfRenderer.Render(document);
        warnings.AddRange(rendered.Warnings.Select(ToWarning));
        // A character missing from the title is missing from every page's header: say so once.
        return new PdfReportResult(rendered.Pdf, rendered.PageCount, warnings.Distinct().ToList());
    }

    private static PdfReportWarning ToWarning(LayoutWarning warning) => new(
        warning.Kind == LayoutWarningKind.MissingGlyph ? PdfReportWarningKind.MissingGlyph : PdfReportWarningKind.Layout,
        warning.Message);
}

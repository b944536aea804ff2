using System.Globalization;
using ExoReport.Layout;
using ExoReport.Synthesis.Model;
using ExoReport.Writers.Charts;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// Each figure drawn as vectors straight onto the page (the same chart as the SVG and PNG files), with its
/// "Figure N." caption under it, kept together on one page. A tall chart is narrowed so it never outgrows a page.
/// The charts are the build's (<see cref="ChartRenders"/>): already built and settled, each page draw is one render.
/// </summary>
internal static class FiguresSection
{
    public const string Name = "Figures";

    /// <summary>Share of the page's content height a chart may take; the rest is for its caption.</summary>
    private const float MaxHeightShare = 0.8f;

    public static Element Compose(IReadOnlyList<FigureEntry> figures, PdfStyles styles, PageFrame frame, ChartRenders charts)
    {
        return SectionLayout.Compose(Name, styles.SectionHeading(Name), figures.Select(f => Figure(f, charts.For(f.Chart), styles, frame)).ToList());
    }

    public static string Label(FigureEntry figure) => "Figure " + figure.Number.ToString(CultureInfo.InvariantCulture) + ".";

    private static Element Figure(FigureEntry figure, RenderedChart rendered, PdfStyles styles, PageFrame frame)
    {
        var chart = figure.Chart;
        var aspect = (float)chart.Width / chart.Height;
        var maxWidth = Math.Min(frame.ContentWidth, frame.ContentHeight * MaxHeightShare * aspect);
        // The chart declares its text and draws with the document's faces, so the PDF embeds DejaVu Sans once,
        // cut down to the glyphs the tables and charts use.
        var canvas = (Canvas.WidthBound(aspect, (canvas, size, fonts) => rendered.Draw(canvas, size,
                new ChartFonts(fonts.Face(ChartTypefaces.Regular), fonts.Face(ChartTypefaces.Bold))), maxWidth)
            with { Text = ChartText.Declarations(rendered.Text) })
            .Named(Label(figure).TrimEnd('.'));
        return new Column(Centred(canvas, maxWidth, frame), styles.Caption(Label(figure), figure.Caption))
        { Spacing = 4 }.KeepTogether().Named(figure.Id);
    }

    /// <summary>A narrowed chart sits in the middle of the line rather than at the left margin.</summary>
    private static Element Centred(Element canvas, float width, PageFrame frame)
    {
        var side = (frame.ContentWidth - width) / 2;
        return side < 1 ? canvas : canvas.Padding(side, 0, side, 0);
    }
}

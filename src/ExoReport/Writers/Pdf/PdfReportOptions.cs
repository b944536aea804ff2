using ExoReport.Layout;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// How the PDF report looks: paper, margins and fonts. By default everything comes from inside the library
/// (DejaVu Serif for text, DejaVu Sans for tables and charts), so the same report gives the same bytes on
/// every machine.
/// </summary>
public sealed record PdfReportOptions
{
    public static PdfReportOptions Default { get; } = new();

    /// <summary>A4 by default; <see cref="PageSize.Letter"/> for US Letter.</summary>
    public PageSize PageSize { get; init; } = PageSize.A4;

    /// <summary>2 cm at the sides, 1.8 cm at top and bottom (the header and footer sit inside these).</summary>
    public Margins Margins { get; init; } = Margins.Millimetres(20, 18, 20, 18);

    /// <summary>
    /// A folder of .ttf/.otf files to take <see cref="BodyFontFamily"/> and <see cref="TableFontFamily"/> from.
    /// Null uses the fonts embedded in the library. A family the folder does not hold falls back to the
    /// embedded one, with a warning.
    /// </summary>
    public string? FontDirectory { get; init; }

    /// <summary>The family of running text, headings and references.</summary>
    public string BodyFontFamily { get; init; } = ReportFonts.EmbeddedSerif;

    /// <summary>The family of tables, header and footer (charts always use the embedded DejaVu Sans).</summary>
    public string TableFontFamily { get; init; } = ReportFonts.EmbeddedSans;

    /// <summary>
    /// Lets characters none of the report's fonts has come from the machine's installed fonts. Off by default:
    /// the output would then depend on the machine; a missing character is reported as a warning instead.
    /// </summary>
    public bool UseSystemFallbacks { get; init; }

    /// <summary>Draws the report's figures (charts as vectors) in a Figures section.</summary>
    public bool IncludeFigures { get; init; } = true;
}

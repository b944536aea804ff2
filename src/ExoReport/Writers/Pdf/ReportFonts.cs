using ExoReport.Layout;
using ExoReport.Writers.Charts;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// The report's fonts: a body family (serif) and a table family (sans), taken from the options' font folder when
/// one is given and otherwise from the DejaVu fonts embedded in this assembly. The machine's fonts are used only
/// when the options ask for system fallbacks, so by default the output does not depend on what is installed.
/// </summary>
public sealed class ReportFonts : IDisposable
{
    public const string EmbeddedSerif = "DejaVu Serif";
    public const string EmbeddedSans = "DejaVu Sans";

    private ReportFonts(FontSet set, string bodyFamily, string tableFamily, IReadOnlyList<PdfReportWarning> warnings)
    {
        Set = set;
        BodyFamily = bodyFamily;
        TableFamily = tableFamily;
        Warnings = warnings;
    }

    public FontSet Set { get; }

    /// <summary>The family name running text asks for (a family of <see cref="Set"/>).</summary>
    public string BodyFamily { get; }

    /// <summary>The family name tables, header and footer ask for (a family of <see cref="Set"/>).</summary>
    public string TableFamily { get; }

    /// <summary>Families asked for that could not be loaded (the embedded ones stand in).</summary>
    public IReadOnlyList<PdfReportWarning> Warnings { get; }

    public static ReportFonts Load(PdfReportOptions options)
    {
        var warnings = new List<PdfReportWarning>();
        var body = Resolve(options.BodyFontFamily, EmbeddedSerif, options, warnings);
        var table = string.Equals(options.TableFontFamily, body.Name, StringComparison.OrdinalIgnoreCase)
            ? null
            : Resolve(options.TableFontFamily, EmbeddedSans, options, warnings);
        var families = new List<FontFamily> { body };
        if (table is not null)
            families.Add(table);
        // The embedded families stay in the set behind a user's fonts, so a character those lack still has a
        // deterministic fallback before any installed font is searched.
        foreach (var embedded in new[] { EmbeddedSerif, EmbeddedSans })
        {
            if (!families.Any(f => string.Equals(f.Name, embedded, StringComparison.OrdinalIgnoreCase)))
                families.Add(Embedded(embedded));
        }
        var set = new FontSet(families, options.UseSystemFallbacks);
        return new ReportFonts(set, body.Name, (table ?? body).Name, warnings);
    }

    public void Dispose() => Set.Dispose();

    private static FontFamily Resolve(string family, string embeddedStandIn, PdfReportOptions options, List<PdfReportWarning> warnings)
    {
        if (options.FontDirectory is { } directory)
        {
            try
            {
                return FontFamily.FromDirectory(directory, family);
            }
            catch (FontNotFoundException e) when (!IsEmbedded(family))
            {
                warnings.Add(new PdfReportWarning(PdfReportWarningKind.FontFallback, $"{e.Message} Using the embedded {embeddedStandIn} instead."));
                return Embedded(embeddedStandIn);
            }
            catch (FontNotFoundException)
            {
                // The folder does not override a family the library ships: the embedded one is what was asked for.
            }
        }
        if (IsEmbedded(family))
            return Embedded(family);
        if (options.UseSystemFallbacks && FontFamily.TryFromSystem(family) is { } installed)
            return installed;
        warnings.Add(new PdfReportWarning(PdfReportWarningKind.FontFallback,
            $"Font family '{family}' is not embedded in ExoReport and no font folder was given; using the embedded {embeddedStandIn} instead."));
        return Embedded(embeddedStandIn);
    }

    private static bool IsEmbedded(string family) =>
        string.Equals(family, EmbeddedSerif, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(family, EmbeddedSans, StringComparison.OrdinalIgnoreCase);

    private static FontFamily Embedded(string family) =>
        // Both embedded families are loaded once per process and shared by every build (disposing a family leaves
        // them alone). DejaVu Sans is the charts' typeface: the very same objects, so the report embeds it once.
        string.Equals(family, EmbeddedSerif, StringComparison.OrdinalIgnoreCase)
            ? FontFamily.FromTypefaces(EmbeddedSerif, SerifTypefaces.Regular, SerifTypefaces.Bold, SerifTypefaces.Italic, SerifTypefaces.BoldItalic)
            : FontFamily.FromTypefaces(EmbeddedSans, ChartTypefaces.Regular, ChartTypefaces.Bold);
}

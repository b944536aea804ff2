using ExoReport.Layout;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// The room content gets on a page, known before layout so sections can size what cannot split (figures) or
/// must fit the width (the evidence matrix's columns).
/// </summary>
internal sealed record PageFrame(float ContentWidth, float ContentHeight)
{
    /// <summary>Height taken by the header and footer bands and the spacing around them (generous on purpose).</summary>
    private const float FurnitureAllowance = 48f;

    public static PageFrame For(PdfReportOptions options) => new(
        options.PageSize.Width - options.Margins.Left - options.Margins.Right - 2 * PdfStyles.OpticalInset,
        options.PageSize.Height - options.Margins.Top - options.Margins.Bottom - FurnitureAllowance);
}

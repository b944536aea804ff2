namespace ExoReport.Layout;

/// <summary>The rendered PDF, its page count and the warnings collected while rendering.</summary>
public sealed record PdfRenderResult(byte[] Pdf, int PageCount, IReadOnlyList<LayoutWarning> Warnings)
{
    /// <summary>
    /// How many times the document was laid out: 1 when the PDF was painted from the counting pass's record, 2 or
    /// more when it was laid out again to draw it (see <see cref="DocumentSettings.RecordedDrawingLimit"/>). The
    /// PDF is the same either way; this only tells where the time went.
    /// </summary>
    public int LayoutPasses { get; init; } = 1;
}

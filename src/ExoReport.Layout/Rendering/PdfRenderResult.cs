namespace ExoReport.Layout;

/// <summary>The rendered PDF, its page count and the warnings collected while rendering.</summary>
public sealed record PdfRenderResult(byte[] Pdf, int PageCount, IReadOnlyList<LayoutWarning> Warnings);

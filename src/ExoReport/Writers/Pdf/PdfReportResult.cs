namespace ExoReport.Writers.Pdf;

/// <summary>The rendered report: the PDF's bytes, its page count, and what the caller should warn about.</summary>
public sealed record PdfReportResult(byte[] Pdf, int PageCount, IReadOnlyList<PdfReportWarning> Warnings);

namespace ExoReport.Writers.Pdf;

/// <summary>A problem that did not stop the PDF but that the user should hear about.</summary>
public sealed record PdfReportWarning(PdfReportWarningKind Kind, string Message);

namespace ExoReport.Tests.Support;

/// <summary>A successful compilation: the PDF and the log of the last pass.</summary>
public sealed record LatexRun(byte[] Pdf, string Log);

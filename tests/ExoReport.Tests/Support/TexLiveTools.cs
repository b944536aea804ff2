namespace ExoReport.Tests.Support;

/// <summary>Full paths of the TeX Live and poppler programs the tests run.</summary>
public sealed record TexLiveTools(string PdfLatex, string LuaLatex, string PdfToPpm, string PdfToText);

namespace ExoReport.Tests.Support;

/// <summary>The TeX engines the LaTeX output must work with.</summary>
public enum LatexEngine
{
    PdfLatex,
    LuaLatex,
}

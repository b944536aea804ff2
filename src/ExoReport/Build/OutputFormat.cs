namespace ExoReport.Build;

/// <summary>What a build writes: report.md, report.tex, report.pdf and figures/ (SVG, PNG and PDF charts).</summary>
[Flags]
public enum OutputFormat
{
    None = 0,
    Markdown = 1,
    Latex = 2,
    Pdf = 4,
    Figures = 8,
    All = Markdown | Latex | Pdf | Figures,
}

using ExoReport.Synthesis;
using ExoReport.Writers.Pdf;

namespace ExoReport.Build;

/// <summary>
/// What to build and how: formats, reference numbering, a folder of the user's templates, and the PDF's paper
/// and fonts (null: A4 with the embedded fonts).
/// </summary>
public sealed record BuildOptions(
    OutputFormat Formats = OutputFormat.All,
    NumberingMode Numbering = NumberingMode.Auto,
    string? TemplatesDirectory = null,
    PdfReportOptions? Pdf = null);

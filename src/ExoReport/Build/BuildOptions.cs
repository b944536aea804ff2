using ExoReport.Synthesis;

namespace ExoReport.Build;

/// <summary>What to build and how: formats, reference numbering, and a folder of the user's templates.</summary>
public sealed record BuildOptions(
    OutputFormat Formats = OutputFormat.All,
    NumberingMode Numbering = NumberingMode.Auto,
    string? TemplatesDirectory = null);

using ExoReport.Build;

namespace ExoReport.Cli.Commands;

/// <summary>Parses <c>--format md,tex,pdf,figures|all</c>.</summary>
public static class FormatList
{
    private static readonly Dictionary<string, OutputFormat> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["md"] = OutputFormat.Markdown,
        ["markdown"] = OutputFormat.Markdown,
        ["tex"] = OutputFormat.Latex,
        ["latex"] = OutputFormat.Latex,
        ["pdf"] = OutputFormat.Pdf,
        ["figures"] = OutputFormat.Figures,
        ["all"] = OutputFormat.All,
    };

    public static OutputFormat? Parse(string text, out string? error)
    {
        error = null;
        var result = OutputFormat.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Names.TryGetValue(part, out var format))
            {
                error = $"unknown format '{part}' in --format; use md, tex, pdf, figures or all";
                return null;
            }
            result |= format;
        }
        if (result == OutputFormat.None)
        {
            error = "--format names no format; use md, tex, pdf, figures or all";
            return null;
        }
        return result;
    }
}

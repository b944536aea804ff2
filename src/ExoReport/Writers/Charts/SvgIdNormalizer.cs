using System.Text.RegularExpressions;

namespace ExoReport.Writers.Charts;

/// <summary>
/// Renumbers the ids Skia's SVG canvas gives to clip paths (and gradients, patterns, images) in order of
/// appearance. Skia draws them from a counter that lives for the whole process, so the same chart
/// rendered twice would otherwise get different ids ("cl_4" then "cl_6") and different bytes.
/// </summary>
internal static partial class SvgIdNormalizer
{
    public static string Normalize(string svg)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var perPrefix = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match match in IdDefinition().Matches(svg))
        {
            string id = match.Groups["id"].Value;
            if (renamed.ContainsKey(id))
                continue;
            string prefix = match.Groups["prefix"].Value;
            int next = perPrefix.GetValueOrDefault(prefix);
            perPrefix[prefix] = next + 1;
            renamed[id] = prefix + "_" + next.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (renamed.Count == 0)
            return svg;

        // Rewrite definitions and every reference (url(#id), href="#id") in one pass, so a new name can
        // never be renamed a second time.
        return IdUse().Replace(svg, m =>
            renamed.TryGetValue(m.Groups["id"].Value, out string? newId)
                ? m.Value.Replace(m.Groups["id"].Value, newId, StringComparison.Ordinal)
                : m.Value);
    }

    [GeneratedRegex("""\bid="(?<id>(?<prefix>[A-Za-z]+)_[0-9A-Fa-f]+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex IdDefinition();

    [GeneratedRegex("""(\bid="|\#)(?<id>[A-Za-z]+_[0-9A-Fa-f]+)(?=["')])""")]
    private static partial Regex IdUse();
}

using System.Text.RegularExpressions;

namespace ExoReport.Tests.Support;

/// <summary>The reference list of the seed review: number → DOI, read from seeds/ with the review's own formatting.</summary>
public static partial class SeedReferences
{
    public static IReadOnlyDictionary<int, string> Dois { get; } = Read();

    private static Dictionary<int, string> Read()
    {
        var lines = File.ReadAllLines(RepositoryPaths.SeedReview);
        var start = Array.IndexOf(lines, "References");
        var dois = new Dictionary<int, string>();
        foreach (var line in lines.Skip(start + 1))
        {
            var match = Entry().Match(line);
            if (match.Success)
                dois[int.Parse(match.Groups[1].Value)] = match.Groups[2].Value.TrimEnd('.');
        }
        return dois;
    }

    [GeneratedRegex(@"^(\d+)\. .*doi:(\S+)\s*$")]
    private static partial Regex Entry();
}

using System.Text;

namespace ExoReport.Tests.Support;

/// <summary>
/// Table 1 as printed in the seed review (one tab-separated line a row, items flattened into one cell), read
/// straight from seeds/ so tests compare our outputs with the review itself, not with a copy of our data.
/// </summary>
public static class SeedTable1
{
    public sealed record Row(string Source, string Citation, string Mechanisms, string Delivery, string Limitations);

    public static IReadOnlyList<Row> Rows { get; } = Read();

    private static IReadOnlyList<Row> Read()
    {
        var lines = File.ReadAllLines(RepositoryPaths.SeedReview);
        var header = Array.FindIndex(lines, l => l.StartsWith("Cellular Resource of Exosomes\t", StringComparison.Ordinal));
        var rows = new List<Row>();
        foreach (var line in lines.Skip(header + 1))
        {
            if (line.Trim().Length == 0)
                continue;
            var cells = line.Split('\t');
            if (cells.Length != 4)
                break;
            var (source, citation) = SplitCitation(cells[0].Trim());
            rows.Add(new Row(source, citation, cells[1].Trim(), cells[2].Trim(), cells[3].Trim()));
        }
        return rows;
    }

    /// <summary>"Dental pulp mesenchymal stem cell ³⁹" → ("Dental pulp mesenchymal stem cell", "39").</summary>
    private static (string, string) SplitCitation(string cell)
    {
        var end = cell.Length;
        while (end > 0 && Superscript.Digit(cell[end - 1]) is not null)
            end--;
        var digits = new StringBuilder();
        foreach (var c in cell[end..])
            digits.Append(Superscript.Digit(c));
        return (cell[..end].TrimEnd(), digits.ToString());
    }
}

public static class Superscript
{
    private const string Digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static char? Digit(char c) => Digits.IndexOf(c) is >= 0 and var i ? (char)('0' + i) : null;
}

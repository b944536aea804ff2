using System.Globalization;
using ExoReport.Synthesis.Model;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// Column widths and font sizes for the evidence matrix, which has one column per mechanism and must fit the
/// portrait page. The first (body size, header size) pair at which every header word fits its column and the
/// source column keeps a readable width wins; when even the smallest pair cannot fit the labels, the columns
/// are headed M1, M2, ... and a legend names them.
/// </summary>
internal sealed record MatrixColumnPlan(float FontSize, float HeaderSize, float Category, float Mechanism, float Studies, bool UsesKeys)
{
    /// <summary>Tried in order: the same size for header and body first, then smaller headers before smaller cells.</summary>
    private static readonly (float Body, float Header)[] Sizes = [(7.5f, 7.5f), (7f, 7f), (7f, 6.5f), (7f, 6f), (6.5f, 6f), (6f, 5.5f)];

    public const string StudiesHeader = "Studies";
    public const string CategoryHeader = "Category";
    public const string SourceHeader = "Cell source";

    /// <summary>Tighter than the other tables: every point goes to the mechanism columns.</summary>
    public const float CellPadding = 2f;

    /// <summary>Padding on both sides, the grid line, and slack for rounding.</summary>
    private const float CellChrome = 2 * CellPadding + 0.4f + 1.6f;

    /// <summary>A mechanism column is not made wider than this even when the page has room (the source column takes the rest).</summary>
    private const float ComfortableMechanism = 78f;

    /// <summary>The source column never gets less than this share of the width, whatever its longest word.</summary>
    private const float MinimumSourceShare = 0.12f;

    /// <summary>
    /// Nor more than this share: a source label with one very long word (a pasted URL, a 6,000-letter token) would
    /// otherwise leave the mechanism columns no room at all, and the build failed with "can never fit". The layout
    /// breaks a word that is wider than its column.
    /// </summary>
    private const float MaximumSourceShare = 0.4f;

    public static MatrixColumnPlan For(EvidenceMatrix matrix, float width)
    {
        var labels = matrix.Columns.Select(c => c.Label).ToList();
        var keys = labels.Select((_, i) => Key(i)).ToList();
        return TryFit(matrix, labels, width, usesKeys: false)
            ?? TryFit(matrix, keys, width, usesKeys: true)
            ?? Squeezed(matrix, width);
    }

    private static MatrixColumnPlan? TryFit(EvidenceMatrix matrix, IReadOnlyList<string> headers, float width, bool usesKeys)
    {
        var count = Math.Max(1, headers.Count);
        foreach (var (body, header) in Sizes)
        {
            var (category, studies, source) = FixedColumns(matrix, body, header, width);
            var need = Math.Max(
                TableTextMeasure.LongestWord(headers, header, bold: true),
                TableTextMeasure.Width("99 [99]", body, bold: false)) + CellChrome;
            var room = width - category - studies - source;
            if (need * count <= room)
                return new MatrixColumnPlan(body, header, category, Math.Min(room / count, Math.Max(need, ComfortableMechanism)), studies, usesKeys);
        }
        return null;
    }

    /// <summary>So many columns that not even their keys fit: the smallest sizes, and cells break inside numbers.</summary>
    private static MatrixColumnPlan Squeezed(EvidenceMatrix matrix, float width)
    {
        var (body, header) = Sizes[^1];
        var (category, studies, source) = FixedColumns(matrix, body, header, width);
        var count = Math.Max(1, matrix.Columns.Count);
        return new MatrixColumnPlan(body, header, category, Math.Max(1f, (width - category - studies - source) / count), studies, UsesKeys: true);
    }

    public static string Key(int index) => "M" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static (float Category, float Studies, float SourceMinimum) FixedColumns(EvidenceMatrix matrix, float body, float header, float width)
    {
        // Margins wider than the page leave a negative width; plan for none and let the layout report that it cannot fit.
        width = Math.Max(width, 0);
        var category = Math.Min(Math.Max(
            TableTextMeasure.Width(CategoryHeader, header, bold: true),
            TableTextMeasure.LongestWord(matrix.Groups.Select(g => g.Label), body, bold: true)) + CellChrome,
            width * MaximumSourceShare / 2);
        var totals = matrix.Groups.SelectMany(g => g.Rows).Select(r => r.Total.ToString(CultureInfo.InvariantCulture));
        var studies = Math.Max(
            TableTextMeasure.Width(StudiesHeader, header, bold: true),
            TableTextMeasure.LongestWord(totals, body, bold: true)) + CellChrome;
        // Not Math.Clamp: with margins wider than the page the width is negative, and the layout reports that.
        var source = Math.Max(Math.Min(
            Math.Max(TableTextMeasure.LongestWord(matrix.Groups.SelectMany(g => g.Rows).Select(r => r.Source), body, bold: false),
                TableTextMeasure.LongestWord([SourceHeader], header, bold: true)) + CellChrome,
            width * MaximumSourceShare), width * MinimumSourceShare);
        return (category, studies, source);
    }
}

using System.Text.RegularExpressions;

namespace ExoReport.Writers.Charts;

/// <summary>
/// One figure of the report: its file stem under out/figures/ (e.g. "evidence-map"), the caption the
/// report prints under it, its logical size in pixels (the PNG size; SVG user units) and what it shows.
/// </summary>
public sealed partial record ChartDefinition(string Id, string Caption, ChartData Data, int Width = 900, int Height = 600)
{
    public const int DefaultWidth = 900;
    public const int DefaultHeight = 600;

    /// <summary>The sizes the evidence schema allows for report.charts[].width and height, in pixels.</summary>
    public const int MinSide = 100;
    public const int MaxSide = 10_000;

    /// <summary>
    /// An evidence map sized for its data: the default width, and a height that gives every row room for
    /// two lines of label (long cell-source names wrap) above the column labels and title, up to the largest
    /// height a chart may have (past some 240 rows the rows get narrower instead).
    /// </summary>
    public static ChartDefinition ForEvidenceMap(string id, string caption, EvidenceMapData data) =>
        new(id, caption, data, DefaultWidth, Math.Clamp(240 + 40 * data.Rows.Count, DefaultHeight, MaxSide));

    /// <summary>Throws when the id cannot be used as a file stem or the size is unusable.</summary>
    public void Validate()
    {
        if (!FileStem().IsMatch(Id))
            throw new ArgumentException($"Chart id '{Id}' must be a file stem of lower-case letters, digits and '-'.");
        if (Width < MinSide || Height < MinSide || Width > MaxSide || Height > MaxSide)
            throw new ArgumentException($"Chart '{Id}': size {Width}x{Height} is outside {MinSide}x{MinSide} .. {MaxSide}x{MaxSide} pixels.");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex FileStem();
}

using System.Globalization;
using ExoReport.Layout;
using ExoReport.Synthesis.Model;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// The PDF's information dictionary from the title block. Its dates are the review's own date (00:00 UTC),
/// never the clock: Skia derives the file's id from them, so the same input gives the same bytes.
/// </summary>
internal static class PdfMetadata
{
    public const string Producer = "ExoReport";

    /// <summary>Used when the review date cannot be read (the loader should have refused it).</summary>
    public static readonly DateTime FallbackDate = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static DocumentMetadata For(TitleBlock title, DateTime date) => new()
    {
        Title = title.Title,
        Author = string.Join(", ", title.Authors),
        Subject = title.Condition,
        Keywords = string.Join(", ", title.Keywords),
        Creator = Producer,
        Producer = Producer,
        Created = date,
        Modified = date,
    };

    /// <summary>The review date (YYYY-MM-DD) at 00:00 UTC, or null when it is not such a date.</summary>
    public static DateTime? ReviewDate(string date) =>
        DateTime.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? DateTime.SpecifyKind(parsed.Date, DateTimeKind.Utc)
            : null;
}

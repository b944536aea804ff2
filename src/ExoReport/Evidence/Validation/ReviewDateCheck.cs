using System.Globalization;

namespace ExoReport.Evidence.Validation;

/// <summary>
/// EXO044/EXO043: review.date is the report date printed in every output (output never reads the clock), so it
/// must be a real calendar date; the schema has already checked the YYYY-MM-DD shape.
/// </summary>
internal sealed class ReviewDateCheck : IEvidenceCheck
{
    private const string Pointer = "/review/date";

    public void Run(ValidationContext context)
    {
        var text = context.Evidence.Review.Date;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            context.Error(Pointer, EvidenceCodes.InvalidDate, $"review.date '{text}' is not a real date (YYYY-MM-DD)");
        else if (!YearCheck.IsPlausible(date.Year))
            context.Error(Pointer, EvidenceCodes.ImplausibleYear, string.Create(CultureInfo.InvariantCulture,
                $"review.date '{text}' has an implausible year: expected {YearCheck.Earliest}..{YearCheck.Latest}"));
    }
}

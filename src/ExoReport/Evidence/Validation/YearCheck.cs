using System.Globalization;

namespace ExoReport.Evidence.Validation;

/// <summary>EXO043: publication years outside 1900..2100 are almost always typos (202, 20021).</summary>
internal sealed class YearCheck : IEvidenceCheck
{
    public const int Earliest = 1900;
    public const int Latest = 2100;

    public void Run(ValidationContext context)
    {
        if (context.Evidence.Review.Year is { } reviewYear)
            Check(context, "/review/year", reviewYear);
        for (var i = 0; i < context.Evidence.References.Count; i++)
        {
            if (context.Evidence.References[i].Year is { } year)
                Check(context, EvidencePointer.Of("references", i, "year"), year);
        }
    }

    public static bool IsPlausible(int year) => year is >= Earliest and <= Latest;

    private static void Check(ValidationContext context, string pointer, int year)
    {
        if (!IsPlausible(year))
            context.Error(pointer, EvidenceCodes.ImplausibleYear,
                string.Create(CultureInfo.InvariantCulture, $"year {year} is implausible: expected {Earliest}..{Latest}"));
    }
}

using ExoReport.Synthesis.Model;

namespace ExoReport.Synthesis.Sections;

internal static class TitleBlockBuilder
{
    public static TitleBlock Build(EvidenceIndex index)
    {
        var evidence = index.Evidence;
        var studies = evidence.Studies;
        var counts = new EvidenceCounts(
            Studies: studies.Count,
            Table1Rows: studies.Count(s => s.Table1 is not null),
            Sources: studies.Select(s => s.SourceId).Distinct().Count(),
            Mechanisms: studies.SelectMany(s => s.MechanismIds).Distinct().Count(),
            Routes: studies.Where(s => s.Delivery is not null).Select(s => s.Delivery!.RouteId).Distinct().Count(),
            Species: studies.Select(s => s.Model?.Species?.Trim().ToLowerInvariant())
                .Where(s => !string.IsNullOrEmpty(s)).Distinct().Count(),
            References: evidence.References.Count);
        var review = evidence.Review;
        return new TitleBlock(review.Title, review.Authors, review.Condition.Name, review.Condition.Abbreviation,
            review.Date, review.Keywords, counts);
    }
}

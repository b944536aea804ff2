using ExoReport.Synthesis;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Review;

/// <summary>The review encoded as data gives back the review itself: Table 1 word for word, every reference and DOI.</summary>
public class ReviewDataTests
{
    private static readonly ExoReport.Synthesis.Model.Report Report =
        ReportSynthesizer.Synthesize(ReviewBuild.Evidence, NumberingMode.Source).Report!;

    [Fact]
    public void The_seed_review_has_the_19_rows_the_tests_compare_against() => Assert.Equal(19, SeedTable1.Rows.Count);

    [Fact]
    public void Table1_has_the_reviews_19_rows_in_its_order()
    {
        Assert.Equal(SeedTable1.Rows.Select(r => r.Citation), Report.Table1.Rows.Select(r => r.Citation.Text));
        Assert.Equal(Enumerable.Range(1, 19), Report.Table1.Rows.Select(r => r.Row));
    }

    [Fact]
    public void Every_Table1_cell_has_the_reviews_words()
    {
        foreach (var (seed, row) in SeedTable1.Rows.Zip(Report.Table1.Rows))
        {
            Assert.Equal(seed.Source, row.Source);
            Assert.Equal(seed.Mechanisms, string.Join(' ', row.Mechanisms));
            Assert.Equal(seed.Delivery, string.Join(' ', row.Delivery));
            Assert.Equal(seed.Limitations, string.Join(' ', row.Limitations));
        }
    }

    [Fact]
    public void Table1_cells_are_split_into_items_not_left_as_one_line()
    {
        Assert.All(Report.Table1.Rows, row => Assert.True(row.Mechanisms.Count >= 3, $"row {row.Row} has {row.Mechanisms.Count} mechanism items"));
        Assert.All(Report.Table1.Rows, row => Assert.True(row.Limitations.Count >= 2, $"row {row.Row} has {row.Limitations.Count} limitation items"));
    }

    [Fact]
    public void All_105_references_carry_the_reviews_numbers_and_dois()
    {
        Assert.Equal(105, SeedReferences.Dois.Count);
        Assert.Equal(Enumerable.Range(1, 105), Report.References.Select(r => r.Number));
        foreach (var reference in Report.References)
            Assert.Equal(SeedReferences.Dois[reference.Number], reference.Doi);
    }

    [Fact]
    public void The_file_holds_the_studies_of_the_mechanism_and_engineering_sections_too()
    {
        var evidence = ReviewBuild.Evidence;
        Assert.True(evidence.Studies.Count > 30, $"{evidence.Studies.Count} studies");
        Assert.Contains(evidence.Studies, s => s.Cargo.Any(c => c.Name == "miR-222-3p"));
        Assert.Contains(evidence.Studies, s => s.Cargo.Any(c => c.Name == "miR-216a-5p"));
        Assert.Contains(evidence.Studies, s => s.Engineering?.Agent == "berberine"
            && s.Engineering.Figures.Any(f => f.Value == 17.13m && f.Sd == 1.64m && f.Unit == "%"));
        Assert.Contains(evidence.Studies, s => s.Engineering?.Agent?.Contains("resveratrol") == true);
        Assert.Contains(evidence.Studies, s => s.Delivery?.RouteId == "intranasal");
        var trial = Assert.Single(evidence.Clinical);
        Assert.Equal((9, 12, "intrathecal"), (trial.Patients, trial.FollowUpMonths, trial.RouteId));
    }
}

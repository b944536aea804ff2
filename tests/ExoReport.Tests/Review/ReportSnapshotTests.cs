using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Review;

/// <summary>
/// Every text output of the review's report against its approved copy in Approved/. A change in wording, order,
/// escaping or whitespace shows up here as a diff (the .received. file beside the approved one) to look at and
/// approve by copying it over when intended.
/// </summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Approved")]
public class ReportSnapshotTests
{
    public static TheoryData<string> TextOutputs()
    {
        var data = new TheoryData<string>();
        foreach (var file in ReviewBuild.TextAndFigures.Files.Where(f => f.RelativePath.EndsWith(".md") || f.RelativePath.EndsWith(".tex")))
            data.Add(file.RelativePath);
        return data;
    }

    [Theory]
    [MemberData(nameof(TextOutputs))]
    public void Output_matches_the_approved_snapshot(string relativePath)
    {
        var text = ReviewBuild.TextAndFigures.Text(relativePath);
        var scenario = relativePath.Replace('/', '-');
        using (ApprovalResults.ForScenario(Path.GetFileNameWithoutExtension(scenario)))
            Approvals.Verify(new ApprovalTextWriter(text, Path.GetExtension(scenario).TrimStart('.')));
    }

    [Fact]
    public void There_is_a_snapshot_for_the_report_and_every_table_fragment() =>
        Assert.Equal(14, TextOutputs().Count);
}

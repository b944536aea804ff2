using ExoReport.Build;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Review;

/// <summary>Same input, same bytes: for every output a CI pipeline would commit or compare.</summary>
public class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_review_give_identical_bytes_for_every_file()
    {
        var again = ReviewBuild.Succeeded(ReportBuilder.Build(ReviewBuild.Evidence,
            new BuildOptions(OutputFormat.Markdown | OutputFormat.Latex | OutputFormat.Figures)));
        var first = ReviewBuild.TextAndFigures.Files.ToDictionary(f => f.RelativePath, f => f.Content);
        Assert.Equal(first.Keys.Order(), again.Files.Select(f => f.RelativePath).Order());
        Assert.All(again.Files, f => Assert.True(first[f.RelativePath].AsSpan().SequenceEqual(f.Content), $"{f.RelativePath} differs"));
    }

    [Fact]
    public void Outputs_carry_no_machine_path_or_clock()
    {
        var machinePaths = new[] { RepositoryPaths.Root, Path.GetTempPath(), Environment.UserName + "/" };
        foreach (var file in ReviewBuild.TextAndFigures.Files.Where(f => !f.RelativePath.EndsWith(".png")))
        {
            var text = System.Text.Encoding.Latin1.GetString(file.Content);
            Assert.All(machinePaths, p => Assert.DoesNotContain(p, text));
            Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd"), text);
        }
    }
}

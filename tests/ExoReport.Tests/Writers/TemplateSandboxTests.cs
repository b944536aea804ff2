using ExoReport.Build;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Writers;

/// <summary>A user's templates may replace ours, but can never read outside their folder, run forever or print nothing for a typo.</summary>
public sealed class TemplateSandboxTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private BuildResult BuildWith(string relativePath, string text)
    {
        var path = Path.Combine(_dir.Path, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return ReportBuilder.Build(SampleEvidence.Create(), new BuildOptions(OutputFormat.Markdown, TemplatesDirectory: _dir.Path));
    }

    [Fact]
    public void A_user_template_replaces_the_shipped_one_file_by_file()
    {
        var result = BuildWith("markdown/tables/limitations.scriban", "THEMES {{ report.limitations.size }}\n");
        Assert.True(result.Succeeded);
        var report = result.Text("report.md");
        Assert.Contains("THEMES 2", report);
        Assert.Contains("| Cellular Resource of Exosomes |", report); // the other tables are still ours
        Assert.Equal("THEMES 2\n", result.Text("tables/limitations.md"));
    }

    [Theory]
    [InlineData("{{ include \"../../../../etc/passwd\" }}")]
    [InlineData("{{ include \"/etc/passwd\" }}")]
    [InlineData("{{ include \"tables/../../secret\" }}")]
    public void Include_cannot_leave_the_templates_folder(string template)
    {
        var result = BuildWith("markdown/report.scriban", template);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("EXO081", error.Code);
        Assert.Contains("outside the templates folder", error.Message);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void An_undefined_name_is_an_error_with_template_line_and_column()
    {
        var result = BuildWith("markdown/report.scriban", "line one\n{{ report.title.titel }}\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("EXO083", error.Code);
        Assert.Equal(("templates:markdown/report.scriban", 2), (error.Where.File, error.Where.Line));
    }

    [Fact]
    public void A_parse_error_names_the_template_file_line_and_column()
    {
        var result = BuildWith("markdown/report.scriban", "ok\n\n  {{ for x in }}\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("EXO082", error.Code);
        Assert.Equal("templates:markdown/report.scriban", error.Where.File);
        Assert.Equal(3, error.Where.Line);
        Assert.True(error.Where.Column > 1);
    }

    [Fact]
    public void An_endless_loop_stops_with_an_error()
    {
        var result = BuildWith("markdown/report.scriban", "{{ while true }}x{{ end }}");
        Assert.Equal("EXO083", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Endless_recursion_stops_with_an_error()
    {
        var result = BuildWith("markdown/report.scriban", "{{ func f(n)\n  ret f(n + 1)\nend\nf 1 }}");
        Assert.Equal("EXO083", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_template_cannot_reach_dotnet_objects()
    {
        var result = BuildWith("markdown/report.scriban", "{{ report.title.counts.GetType }}");
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_symbolic_link_out_of_the_folder_is_not_followed()
    {
        var outside = Path.Combine(_dir.Path, "..", Path.GetFileName(_dir.Path) + "-outside.scriban");
        File.WriteAllText(outside, "SECRET");
        try
        {
            Directory.CreateDirectory(Path.Combine(_dir.Path, "markdown"));
            File.CreateSymbolicLink(Path.Combine(_dir.Path, "markdown", "report.scriban"), outside);
            var result = ReportBuilder.Build(SampleEvidence.Create(), new BuildOptions(OutputFormat.Markdown, TemplatesDirectory: _dir.Path));
            Assert.True(result.Succeeded);
            Assert.DoesNotContain("SECRET", result.Text("report.md"));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    public void Dispose() => _dir.Dispose();
}

using System.Text.Json;
using ExoReport.Diagnostics;

namespace ExoReport.Tests.Evidence;

public class DiagnosticFormatterTests
{
    private static readonly Diagnostic[] Sample =
    [
        new(new SourceSpan("data/x.yaml", 12, 7), Severity.Error, "EXO022", "unknown key 'lable' in review; did you mean 'label'?"),
        new(new SourceSpan("data/x.yaml", 40, 5), Severity.Warning, "EXO048", "reference 'jo2020' is not cited by any study or clinical trial"),
        new(SourceSpan.None("data/missing.yaml"), Severity.Error, "EXO010", "file not found"),
    ];

    [Fact]
    public void GnuFormatIsFileLineColumnSeverityCodeMessage()
    {
        Assert.Equal(
            "data/x.yaml:12:7: error EXO022: unknown key 'lable' in review; did you mean 'label'?\n" +
            "data/x.yaml:40:5: warning EXO048: reference 'jo2020' is not cited by any study or clinical trial\n" +
            "data/missing.yaml: error EXO010: file not found\n",
            DiagnosticFormatter.Format(Sample, DiagnosticFormat.Gnu));
    }

    [Fact]
    public void GitHubFormatIsAWorkflowCommandPerDiagnostic()
    {
        Assert.Equal(
            "::error file=data/x.yaml,line=12,col=7::EXO022 unknown key 'lable' in review; did you mean 'label'?\n" +
            "::warning file=data/x.yaml,line=40,col=5::EXO048 reference 'jo2020' is not cited by any study or clinical trial\n" +
            "::error file=data/missing.yaml::EXO010 file not found\n",
            DiagnosticFormatter.Format(Sample, DiagnosticFormat.GitHub));
    }

    [Fact]
    public void GitHubFormatEscapesCommandCharacters()
    {
        var diagnostic = new Diagnostic(new SourceSpan("a,b:c.yaml", 1, 2), Severity.Error, "EXO001", "100% bad\nline");

        Assert.Equal("::error file=a%2Cb%3Ac.yaml,line=1,col=2::EXO001 100%25 bad%0Aline", DiagnosticFormatter.GitHub(diagnostic));
    }

    [Fact]
    public void JsonFormatIsAnArrayOfObjects()
    {
        var text = DiagnosticFormatter.Format(Sample, DiagnosticFormat.Json);

        using var document = JsonDocument.Parse(text);
        var items = document.RootElement.EnumerateArray().ToArray();
        Assert.Equal(3, items.Length);
        Assert.Equal("data/x.yaml", items[0].GetProperty("file").GetString());
        Assert.Equal(12, items[0].GetProperty("line").GetInt32());
        Assert.Equal(7, items[0].GetProperty("column").GetInt32());
        Assert.Equal("error", items[0].GetProperty("severity").GetString());
        Assert.Equal("EXO022", items[0].GetProperty("code").GetString());
        Assert.Equal("unknown key 'lable' in review; did you mean 'label'?", items[0].GetProperty("message").GetString());
        Assert.Equal("warning", items[1].GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, items[2].GetProperty("line").ValueKind);
        Assert.Equal(JsonValueKind.Null, items[2].GetProperty("column").ValueKind);
        Assert.EndsWith("]\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonKeepsUnicodeReadable()
    {
        var text = DiagnosticFormatter.Json([new Diagnostic(new SourceSpan("x.yaml", 1, 1), Severity.Error, "EXO041", "unknown mechanism 'β-cell'")]);

        Assert.Contains("'β-cell'", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void NoDiagnosticsGiveAnEmptyArrayOrNothing()
    {
        Assert.Equal("[]\n", DiagnosticFormatter.Format([], DiagnosticFormat.Json));
        Assert.Equal("", DiagnosticFormatter.Format([], DiagnosticFormat.Gnu));
        Assert.Equal("", DiagnosticFormatter.Format([], DiagnosticFormat.GitHub));
    }

    [Theory]
    [InlineData("gnu", DiagnosticFormat.Gnu)]
    [InlineData("github", DiagnosticFormat.GitHub)]
    [InlineData("JSON", DiagnosticFormat.Json)]
    public void FormatNamesParse(string name, DiagnosticFormat expected)
    {
        Assert.True(DiagnosticFormatter.TryParse(name, out var format));
        Assert.Equal(expected, format);
    }

    [Fact]
    public void UnknownFormatNameDoesNotParse()
    {
        Assert.False(DiagnosticFormatter.TryParse("xml", out _));
    }
}

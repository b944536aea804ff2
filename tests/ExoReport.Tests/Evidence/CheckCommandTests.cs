using ExoReport.Cli;
using ExoReport.Tests.Evidence.Fixtures;

namespace ExoReport.Tests.Evidence;

/// <summary><c>exoreport check</c> through the same entry point as the executable, with string writers for output.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();

    public CheckCommandTests()
    {
        folder.Write("data/good.yaml", EvidenceSamples.Minimal);
        folder.Write("data/bad.yaml", EvidenceSamples.Minimal.Replace("label: Stem cells", "lable: Stem cells", StringComparison.Ordinal));
        folder.Write("data/warn.yml", EvidenceSamples.With("references", EvidenceSamples.References + "  - { id: lonely, authors: [X], title: T, journal: J }\n"));
        folder.Write("data/notes.txt", "not evidence");
        folder.Write("other/nested/deep.yaml", EvidenceSamples.Minimal);
    }

    [Fact]
    public void ValidFileExitsZeroWithASummary()
    {
        Assert.Equal(ExitCodes.Ok, Run("check", "data/good.yaml"));
        Assert.Equal("", output.ToString());
        Assert.Equal("0 errors, 0 warnings in 1 file\n", errors.ToString());
    }

    [Fact]
    public void InvalidFileExitsOneAndPrintsDiagnosticsWithThePathAsTyped()
    {
        Assert.Equal(ExitCodes.Invalid, Run("check", "data/bad.yaml"));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("data/bad.yaml:", lines[0], StringComparison.Ordinal);
        // By position: the mapping that lacks 'label' starts before its misspelt key.
        Assert.Contains("error EXO020: missing required key 'label'", lines[0], StringComparison.Ordinal);
        Assert.Contains("error EXO022: unknown key 'lable'", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(folder.Path, output.ToString(), StringComparison.Ordinal);
        Assert.Equal("2 errors, 0 warnings in 1 file\n", errors.ToString());
    }

    [Fact]
    public void WarningsAloneExitZero()
    {
        Assert.Equal(ExitCodes.Ok, Run("check", "data/warn.yml"));
        Assert.Contains("warning EXO048", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("0 errors, 1 warning in 1 file\n", errors.ToString());
    }

    [Fact]
    public void MissingFileExitsTwo()
    {
        Assert.Equal(ExitCodes.UsageOrIo, Run("check", "data/nope.yaml"));
        Assert.Equal("data/nope.yaml: error EXO010: file not found\n", output.ToString());
    }

    [Fact]
    public void MissingFileWinsOverInvalidEvidence()
    {
        Assert.Equal(ExitCodes.UsageOrIo, Run("check", "data/bad.yaml", "data/nope.yaml"));
        Assert.Equal("3 errors, 0 warnings in 2 files\n", errors.ToString());
    }

    [Fact]
    public void FolderChecksEveryYamlFileInsideInOrder()
    {
        Assert.Equal(ExitCodes.Invalid, Run("check", "data"));

        var files = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(':')[0]).Distinct();
        Assert.Equal(["data/bad.yaml", "data/warn.yml"], files);
        Assert.Equal("2 errors, 1 warning in 3 files\n", errors.ToString());
    }

    [Fact]
    public void FolderIncludesSubfolders()
    {
        Assert.Equal(ExitCodes.Ok, Run("check", "other/"));
        Assert.Equal("0 errors, 0 warnings in 1 file\n", errors.ToString());
    }

    [Fact]
    public void GlobPatternIsExpanded()
    {
        Assert.Equal(ExitCodes.Ok, Run("check", "**/*good.yaml", "other/**/*.yaml"));
        Assert.Equal("0 errors, 0 warnings in 2 files\n", errors.ToString());
    }

    [Fact]
    public void GlobDisplayPathsKeepThePatternsFolder()
    {
        Assert.Equal(ExitCodes.Invalid, Run("check", "data/*.yaml", "--format", "github"));
        Assert.All(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries),
            line => Assert.StartsWith("::error file=data/bad.yaml,", line, StringComparison.Ordinal));
    }

    [Fact]
    public void GlobWithoutMatchesExitsTwo()
    {
        Assert.Equal(ExitCodes.UsageOrIo, Run("check", "data/*.json"));
        Assert.Equal("data/*.json: error EXO010: no file matches this pattern\n", output.ToString());
    }

    [Fact]
    public void EmptyFolderExitsTwo()
    {
        Directory.CreateDirectory(Path.Combine(folder.Path, "empty"));

        Assert.Equal(ExitCodes.UsageOrIo, Run("check", "empty"));
        Assert.Contains("EXO010", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void JsonFormatPrintsOneArrayForAllFilesAndNoSummary()
    {
        Assert.Equal(ExitCodes.Invalid, Run("check", "data/bad.yaml", "data/warn.yml", "--format", "json"));

        using var document = System.Text.Json.JsonDocument.Parse(output.ToString());
        Assert.Equal(3, document.RootElement.GetArrayLength());
        Assert.Equal("", errors.ToString());
    }

    [Fact]
    public void GitHubFormatPrintsAnnotations()
    {
        Assert.Equal(ExitCodes.Ok, Run("check", "data/warn.yml", "--format", "github"));
        Assert.StartsWith("::warning file=data/warn.yml,line=", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormatIsAUsageError()
    {
        Assert.Equal(ExitCodes.UsageOrIo, Run("check", "data/good.yaml", "--format", "xml"));
        Assert.Contains("xml", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NoFileIsAUsageError()
    {
        Assert.Equal(ExitCodes.UsageOrIo, Run("check"));
    }

    [Fact]
    public void HelpDescribesFormatsAndExamples()
    {
        Assert.Equal(ExitCodes.Ok, Run("check", "--help"));

        var help = output.ToString();
        Assert.Contains("gnu|github|json", help, StringComparison.Ordinal);
        Assert.Contains("exoreport check data/exosomes-sci.yaml", help, StringComparison.Ordinal);
        Assert.Contains("Exit code", help, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaCommandPrintsTheShippedSchema()
    {
        Assert.Equal(ExitCodes.Ok, Run("schema"));

        var printed = output.ToString();
        Assert.Equal(RepositoryFiles.Read("schema/evidence.schema.json").TrimEnd('\n') + "\n", printed);
        using var document = System.Text.Json.JsonDocument.Parse(printed);
        Assert.Equal("http://json-schema.org/draft-07/schema#", document.RootElement.GetProperty("$schema").GetString());
    }

    public void Dispose()
    {
        folder.Dispose();
        output.Dispose();
        errors.Dispose();
    }

    private int Run(params string[] args)
    {
        var exit = ExoReportApp.Run(args, new CliConsole(output, errors, IsTerminal: false, folder.Path));
        return exit;
    }
}

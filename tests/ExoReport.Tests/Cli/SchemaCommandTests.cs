using System.Text.Json;
using ExoReport.Cli;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Cli;

/// <summary><c>exoreport schema</c>: the JSON Schema the loader validates with, the same as the repository's copy.</summary>
public sealed class SchemaCommandTests : IDisposable
{
    private readonly CliSession cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void PrintsTheDraft07SchemaOfTheRepository()
    {
        var result = cli.Run("schema");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.EndsWith("}\n", result.Out, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(RepositoryPaths.File("schema", "evidence.schema.json")).TrimEnd('\n'), result.Out.TrimEnd('\n'));
        using var schema = JsonDocument.Parse(result.Out);
        Assert.Equal("http://json-schema.org/draft-07/schema#", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Contains("studies", schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void TakesNoArguments()
    {
        var result = cli.Run("schema", "extra");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Equal("", result.Out);
    }
}

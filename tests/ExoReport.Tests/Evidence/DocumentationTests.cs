using System.Reflection;
using System.Text.RegularExpressions;
using ExoReport.Evidence;
using ExoReport.Evidence.Schema;
using ExoReport.Tests.Evidence.Fixtures;

namespace ExoReport.Tests.Evidence;

/// <summary>Keeps docs/diagnostics.md, docs/evidence-format.md and the schema in step with the code.</summary>
public partial class DocumentationTests
{
    [Fact]
    public void EveryCodeIsDocumentedOnceAndEveryDocumentedCodeExists()
    {
        var codes = new[] { typeof(EvidenceCodes), typeof(ExoReport.Build.BuildCodes) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal).ToArray();
        var documented = DocumentedCode().Matches(RepositoryFiles.Read("docs/diagnostics.md"))
            .Select(m => m.Groups[1].Value).ToArray();

        Assert.Equal(codes, documented.Order(StringComparer.Ordinal));
        Assert.Equal(codes.Length, codes.Distinct().Count());
    }

    [Fact]
    public void EmbeddedSchemaIsTheSchemaFile()
    {
        Assert.Equal(RepositoryFiles.Read("schema/evidence.schema.json"), EvidenceSchema.Text);
    }

    /// <summary>
    /// Each YAML example of the format description, put in place of its section of a valid file, passes the
    /// schema: the examples and the schema describe the same format. (Their ids need not exist; that is a
    /// semantic check.)
    /// </summary>
    [Fact]
    public void ExamplesInTheFormatDescriptionMatchTheSchema()
    {
        var blocks = YamlBlock().Matches(RepositoryFiles.Read("docs/evidence-format.md")).Select(m => m.Groups[1].Value).ToArray();
        Assert.True(blocks.Length >= 6, "expected the format description to hold YAML examples");

        var checkedSections = new List<string>();
        foreach (var block in blocks)
        {
            var key = TopLevelKey().Match(block);
            if (!key.Success)
                continue;
            var result = EvidenceLoader.LoadText("example.yaml", EvidenceSamples.With(key.Groups[1].Value, block));
            var structural = result.Diagnostics.Where(d => string.CompareOrdinal(d.Code, EvidenceCodes.DuplicateId) < 0).ToArray();
            Assert.True(structural.Length == 0, $"example '{key.Groups[1].Value}':\n" + string.Join("\n", structural));
            checkedSections.Add(key.Groups[1].Value);
        }
        Assert.Equal(["review", "taxonomy", "references", "studies", "clinical", "report"], checkedSections);
    }

    [GeneratedRegex(@"^- \*\*(EXO\d{3})\*\*", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();

    [GeneratedRegex(@"```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    [GeneratedRegex(@"^([a-z_]+):", RegexOptions.Multiline)]
    private static partial Regex TopLevelKey();
}

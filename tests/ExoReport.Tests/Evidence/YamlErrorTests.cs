using ExoReport.Evidence;

namespace ExoReport.Tests.Evidence;

/// <summary>Every way the YAML itself can be wrong gives one diagnostic with its code, line and column.</summary>
public class YamlErrorTests
{
    [Fact]
    public void BadIndentationIsASyntaxError()
    {
        var result = EvidenceLoader.LoadText("x.yaml", "review:\n  title: T\n authors: [A]\n");

        DiagnosticAssert.Only(result, EvidenceCodes.YamlSyntax, 3, 2);
    }

    [Fact]
    public void TabIndentationIsASyntaxError()
    {
        var result = EvidenceLoader.LoadText("x.yaml", "review: x\n\tbad: tab\n");

        var diagnostic = DiagnosticAssert.Only(result, EvidenceCodes.YamlSyntax, 1, 9);
        Assert.StartsWith("YAML syntax error: ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedQuoteIsASyntaxError()
    {
        var result = EvidenceLoader.LoadText("x.yaml", "schema_version: 1\nreview: \"unclosed\n");

        DiagnosticAssert.Only(result, EvidenceCodes.YamlSyntax, 2, 9);
    }

    [Fact]
    public void UnclosedFlowListIsASyntaxErrorNotACrash()
    {
        // YamlDotNet throws InvalidOperationException here, without a mark.
        var result = EvidenceLoader.LoadText("x.yaml", "a: [1, 2\nb: 3\n");

        var diagnostic = DiagnosticAssert.Only(result, EvidenceCodes.YamlSyntax, 1, 6);
        Assert.Contains("unclosed", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("# only a comment\n# and another\n")]
    [InlineData("---\n")]
    public void EmptyFileIsReportedAtTheStart(string text)
    {
        DiagnosticAssert.Only(EvidenceLoader.LoadText("x.yaml", text), EvidenceCodes.EmptyFile, 1, 1);
    }

    [Fact]
    public void ScalarAtTopLevelIsNotAMapping()
    {
        var result = EvidenceLoader.LoadText("x.yaml", "# comment\njust some text\n");

        var diagnostic = DiagnosticAssert.Only(result, EvidenceCodes.TopLevelNotMapping, 2, 1);
        Assert.Contains("'just some text'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ListAtTopLevelIsNotAMapping()
    {
        var result = EvidenceLoader.LoadText("x.yaml", "\n- review\n- taxonomy\n");

        var diagnostic = DiagnosticAssert.Only(result, EvidenceCodes.TopLevelNotMapping, 2, 1);
        Assert.Contains("a list", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKeyIsReportedAtTheSecondKey()
    {
        var result = EvidenceLoader.LoadText("x.yaml", "review:\n  title: A\n  authors: []\n  title: B\n");

        var diagnostic = DiagnosticAssert.Only(result, EvidenceCodes.DuplicateKey, 4, 3);
        Assert.Contains("'title'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKeyDiffersOnlyInQuoting()
    {
        var result = EvidenceLoader.LoadText("x.yaml", "a: 1\n'a': 2\n");

        DiagnosticAssert.Only(result, EvidenceCodes.DuplicateKey, 2, 1);
    }

    [Fact]
    public void SecondDocumentIsRejected()
    {
        var result = EvidenceLoader.LoadText("x.yaml", "a: 1\n---\nb: 2\n");

        DiagnosticAssert.Only(result, EvidenceCodes.MultipleDocuments, 2, 1);
    }

    [Fact]
    public void AliasWithoutAnchorIsReportedAtTheAlias()
    {
        var result = EvidenceLoader.LoadText("x.yaml", "a: 1\nb: [1, *nowhere]\n");

        var diagnostic = DiagnosticAssert.Only(result, EvidenceCodes.UnknownAlias, 2, 8);
        Assert.Contains("*nowhere", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("? [a, b]\n: 1\n", 1, 3)]
    [InlineData("{a: 1}: x\n", 1, 1)]
    [InlineData("a: &k key\n*k : 2\n", 2, 1)]
    public void CollectionOrAliasKeysAreRejected(string text, int line, int column)
    {
        DiagnosticAssert.Only(EvidenceLoader.LoadText("x.yaml", text), EvidenceCodes.ComplexKey, line, column);
    }

    [Fact]
    public void AnchorsAndAliasesThatStayWithinLimitsAreExpanded()
    {
        var yaml = Fixtures.EvidenceSamples.Minimal
            .Replace("authors: [Yaqi Wu, Yu Wang]", "authors: &people [Yaqi Wu, Yu Wang]", StringComparison.Ordinal)
            .Replace("authors: [Gao ZS, Zhang CJ]", "authors: *people", StringComparison.Ordinal);

        var result = EvidenceLoader.LoadText("x.yaml", yaml);

        DiagnosticAssert.Clean(result);
        Assert.Equal(["Yaqi Wu", "Yu Wang"], result.Evidence!.References[0].Authors);
    }
}

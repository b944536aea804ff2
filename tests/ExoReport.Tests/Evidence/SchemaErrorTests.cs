using ExoReport.Evidence;
using ExoReport.Tests.Evidence.Fixtures;

namespace ExoReport.Tests.Evidence;

/// <summary>Schema errors come back as readable messages at the YAML line and column of the offending key or value.</summary>
public class SchemaErrorTests
{
    [Fact]
    public void MissingTopLevelKeyIsNamed()
    {
        var yaml = EvidenceSamples.Without("studies");

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.MissingKey, 2, 1);
        Assert.Equal("missing required key 'studies' at the top level", diagnostic.Message);
    }

    [Fact]
    public void MissingNestedKeyNamesTheKeyAndItsObject()
    {
        var yaml = EvidenceSamples.Minimal.Replace("{ id: bm-msc, label: Bone marrow mesenchymal stem cell, ", "{ id: bm-msc, ", StringComparison.Ordinal);

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.MissingKey, TextPositions.Of(yaml, "{ id: bm-msc"));
        Assert.Equal("missing required key 'label' in taxonomy.sources[0] (id 'bm-msc')", diagnostic.Message);
    }

    [Fact]
    public void SeveralMissingKeysAreEachReported()
    {
        var yaml = EvidenceSamples.With("review", "review:\n  title: T\n");

        var result = Load(yaml);

        var missing = result.Diagnostics.Where(d => d.Code == EvidenceCodes.MissingKey).Select(d => d.Message).ToArray();
        Assert.Equal(
            ["missing required key 'authors' in review", "missing required key 'condition' in review", "missing required key 'date' in review"],
            missing);
    }

    [Fact]
    public void WrongTypeSaysExpectedAndGot()
    {
        var yaml = EvidenceSamples.Minimal.Replace("authors: [Gao ZS, Zhang CJ]", "authors: Gao ZS", StringComparison.Ordinal);

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.WrongType, TextPositions.Of(yaml, "Gao ZS"));
        Assert.Equal("wrong type for references[0].authors: expected a list, got the text 'Gao ZS'", diagnostic.Message);
    }

    [Fact]
    public void MappingWhereAListIsExpected()
    {
        var yaml = EvidenceSamples.With("studies", "studies: {}\n");

        var diagnostic = DiagnosticAssert.Single(Load(yaml), EvidenceCodes.WrongType, TextPositions.Of(yaml, "{}"));
        Assert.Equal("wrong type for studies: expected a list, got a mapping", diagnostic.Message);
    }

    [Fact]
    public void EmptyValueIsReportedAsMissingValue()
    {
        var yaml = EvidenceSamples.Minimal.Replace("journal: Acta Biomater", "journal:", StringComparison.Ordinal);

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.WrongType, TextPositions.Of(yaml, "journal:\n", 1).Line, 13);
        Assert.Equal("references[0].journal has no value: expected text (write a value, or remove the key)", diagnostic.Message);
    }

    [Fact]
    public void UnknownKeySuggestsTheClosestAllowedKey()
    {
        var yaml = EvidenceSamples.Minimal.Replace("{ id: stem-cells, label:", "{ id: stem-cells, lable:", StringComparison.Ordinal);

        var result = Load(yaml);

        var diagnostic = DiagnosticAssert.Single(result, EvidenceCodes.UnknownKey, TextPositions.Of(yaml, "lable"));
        Assert.Equal("unknown key 'lable' in taxonomy.source_categories[0] (id 'stem-cells'); did you mean 'label'?", diagnostic.Message);
        Assert.Contains(result.Diagnostics, d => d.Code == EvidenceCodes.MissingKey && d.Message.Contains("'label'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("refrence: gao2021", "reference")]
    [InlineData("mechanism: [inflammation-pyroptosis]", "mechanisms")]
    [InlineData("table_1: { row: 1 }", "table1")]
    [InlineData("sourceDetail: x", "source_detail")]
    public void UnknownStudyKeysGetSuggestions(string line, string suggestion)
    {
        var yaml = EvidenceSamples.Minimal.Replace("    effect: ", "    " + line + "\n    effect: ", StringComparison.Ordinal);

        var result = Load(yaml);

        var diagnostic = DiagnosticAssert.Single(result, EvidenceCodes.UnknownKey, TextPositions.Of(yaml, line));
        Assert.EndsWith($"did you mean '{suggestion}'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKeyFarFromAnyListsTheAllowedKeys()
    {
        var yaml = EvidenceSamples.With("extras", "extras: 1\n");

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.UnknownKey, TextPositions.Of(yaml, "extras"));
        Assert.Equal("unknown key 'extras' at the top level; allowed keys: schema_version, review, taxonomy, references, studies, clinical, report", diagnostic.Message);
    }

    [Fact]
    public void UnknownKeyDeepInsideAStudy()
    {
        var yaml = EvidenceSamples.Minimal.Replace("{ measure: loading efficiency, value: 17.10,", "{ measure: loading efficiency, valeu: 17.10,", StringComparison.Ordinal);

        var diagnostic = DiagnosticAssert.Single(Load(yaml), EvidenceCodes.UnknownKey, TextPositions.Of(yaml, "valeu"));
        Assert.Equal("unknown key 'valeu' in studies[0].engineering.figures[0]; did you mean 'value'?", diagnostic.Message);
    }

    [Fact]
    public void IdPatternMismatchExplainsTheForm()
    {
        var yaml = EvidenceSamples.Minimal.Replace("id: gao2021-berberine", "id: Gao2021_Berberine", StringComparison.Ordinal);

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.PatternMismatch, TextPositions.Of(yaml, "Gao2021_Berberine"));
        Assert.Equal(
            "studies[0].id: 'Gao2021_Berberine' is not an id: lower-case letters and digits, words joined by '-' (pattern ^[a-z0-9][a-z0-9-]*$)",
            diagnostic.Message);
    }

    [Fact]
    public void DateInTheWrongFormIsAPatternMismatch()
    {
        var yaml = EvidenceSamples.Minimal.Replace("date: \"2025-06-30\"", "date: 30/06/2025", StringComparison.Ordinal);

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.PatternMismatch, TextPositions.Of(yaml, "30/06/2025"));
        Assert.Contains("a date written YYYY-MM-DD", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kind: systemic }", "kind: systemc }", "taxonomy.routes[0].kind: 'systemc' is not allowed; allowed values: systemic, local; did you mean 'systemic'?")]
    [InlineData("{ kind: drug, name: berberine }", "{ kind: small-molecule, name: berberine }", "studies[0].cargo[0].kind: 'small-molecule' is not allowed; allowed values: mirna, protein, drug, rna, other")]
    public void EnumErrorsListTheAllowedValues(string good, string bad, string message)
    {
        var yaml = EvidenceSamples.Minimal.Replace(good, bad, StringComparison.Ordinal);
        var value = bad.Split(": ")[1].Split([' ', ','])[0];

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.ValueNotAllowed, TextPositions.Of(yaml, value));
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void ChartKindMustBeKnown()
    {
        var yaml = EvidenceSamples.With("report", "report:\n  charts:\n    - { kind: year }\n");

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.ValueNotAllowed, TextPositions.Of(yaml, "year }"));
        Assert.Equal("report.charts[0].kind: 'year' is not allowed; allowed values: evidence-map, sources, routes, years, limitations; did you mean 'years'?", diagnostic.Message);
    }

    [Theory]
    [InlineData("table1: { row: 1 }", "table1: { row: 0 }", "0 }", "studies[0].table1.row: 0 is below the smallest allowed value 1")]
    [InlineData("number: 1", "number: 100001", "100001", "references[0].number: 100001 is above the largest allowed value 100000")]
    public void NumbersOutOfRange(string good, string bad, string needle, string message)
    {
        var yaml = EvidenceSamples.Minimal.Replace(good, bad, StringComparison.Ordinal);

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.OutOfRange, TextPositions.Of(yaml, needle));
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void EmptyTextIsRejected()
    {
        var yaml = EvidenceSamples.Minimal.Replace("journal: Acta Biomater", "journal: \"\"", StringComparison.Ordinal);

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.EmptyValue, TextPositions.Of(yaml, "\"\""));
        Assert.Equal("references[0].journal must not be empty text", diagnostic.Message);
    }

    [Fact]
    public void OtherSchemaVersionsAreRefused()
    {
        var yaml = EvidenceSamples.Minimal.Replace("schema_version: 1", "schema_version: 2", StringComparison.Ordinal);

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.UnsupportedVersion, 2, 17);
        Assert.StartsWith("schema_version must be 1, got 2", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorsInManyItemsAreAllReportedInFileOrder()
    {
        var yaml = EvidenceSamples.With("studies", """
            studies:
              - { id: a, reference: gao2021, source: bm-msc, findings: [], mechanisms: [], colour: red }
              - { id: b, reference: gao2021, source: bm-msc, findings: [], mechanisms: 7 }
              - 42

            """);

        var result = Load(yaml);

        Assert.Equal(
            [(EvidenceCodes.UnknownKey, TextPositions.Of(yaml, "colour")), (EvidenceCodes.WrongType, TextPositions.Of(yaml, "7 }")), (EvidenceCodes.WrongType, TextPositions.Of(yaml, "42"))],
            result.Diagnostics.Select(d => (d.Code, (d.Where.Line, d.Where.Column))));
        // A plain 42 is a number only where a number is expected; here it is text.
        Assert.Equal("wrong type for studies[2]: expected a mapping, got the text '42'", result.Diagnostics[2].Message);
    }

    [Fact]
    public void AFloodOfErrorsStopsAtTheLimit()
    {
        var yaml = EvidenceSamples.With("studies", "studies: [" + string.Join(", ", Enumerable.Repeat("1", 5000)) + "]\n");

        var result = Load(yaml);

        Assert.Equal(EvidenceLimits.MaxDiagnostics + 1, result.Diagnostics.Count);
        Assert.All(result.Diagnostics.Take(EvidenceLimits.MaxDiagnostics), d => Assert.Equal(EvidenceCodes.WrongType, d.Code));
        var last = result.Diagnostics[^1];
        Assert.Equal((EvidenceCodes.TooManyProblems, 0, true), (last.Code, last.Where.Line, last.IsError));
    }

    private static EvidenceLoadResult Load(string yaml) => EvidenceLoader.LoadText("x.yaml", yaml);
}

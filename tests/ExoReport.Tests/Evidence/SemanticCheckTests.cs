using ExoReport.Diagnostics;
using ExoReport.Evidence;
using ExoReport.Tests.Evidence.Fixtures;

namespace ExoReport.Tests.Evidence;

/// <summary>Checks the schema cannot express: ids, references between parts, DOIs, years, numbering.</summary>
public class SemanticCheckTests
{
    private const string TwoStudies = """
        studies:
          - id: first
            reference: gao2021
            source: bm-msc
            delivery: { route: tail-iv }
            findings: [A]
            mechanisms: [inflammation-pyroptosis]
            engineering: { strategy: cargo-loading }
            limitations:
              - { theme: mechanism-depth, text: Shallow }
            table1: { row: 1 }
          - id: second
            reference: gao2021
            source: bm-msc
            findings: [B]
            mechanisms: [inflammation-pyroptosis]
            table1: { row: 2 }

        """;

    [Fact]
    public void DuplicateStudyIdIsReportedAtTheSecondOne()
    {
        var yaml = EvidenceSamples.With("studies", TwoStudies.Replace("id: second", "id: first", StringComparison.Ordinal));

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.DuplicateId, TextPositions.Of(yaml, "first", 2));
        Assert.Equal($"duplicate study id 'first': already defined at line {TextPositions.Of(yaml, "first").Line}", diagnostic.Message);
    }

    [Fact]
    public void IdsAreUniquePerKindNotAcrossKinds()
    {
        // A study may share its id with a reference: they live in different lists.
        var yaml = EvidenceSamples.Minimal.Replace("id: gao2021-berberine", "id: gao2021", StringComparison.Ordinal);

        DiagnosticAssert.Clean(Load(yaml));
    }

    [Fact]
    public void DuplicateTaxonomyIdIsReported()
    {
        var yaml = EvidenceSamples.Minimal.Replace(
            "    - { id: inflammation-pyroptosis, label: Relieving inflammation and pyroptosis }\n",
            "    - { id: inflammation-pyroptosis, label: Relieving inflammation and pyroptosis }\n    - { id: inflammation-pyroptosis, label: Again }\n",
            StringComparison.Ordinal);

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.DuplicateId, TextPositions.Of(yaml, "inflammation-pyroptosis, label: Again"));
        Assert.StartsWith("duplicate mechanism id 'inflammation-pyroptosis'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reference: gao2021\n    source: bm-msc\n    delivery", "reference: gao2012\n    source: bm-msc\n    delivery", "gao2012", "unknown reference 'gao2012'; did you mean 'gao2021'?")]
    [InlineData("source: bm-msc\n    delivery", "source: bmmsc\n    delivery", "bmmsc", "unknown source 'bmmsc'; did you mean 'bm-msc'?")]
    [InlineData("delivery: { route: tail-iv }", "delivery: { route: tial-iv }", "tial-iv", "unknown route 'tial-iv'; did you mean 'tail-iv'?")]
    [InlineData("mechanisms: [inflammation-pyroptosis]\n    engineering", "mechanisms: [inflamation-pyroptosis]\n    engineering", "inflamation-pyroptosis", "unknown mechanism 'inflamation-pyroptosis'; did you mean 'inflammation-pyroptosis'?")]
    [InlineData("strategy: cargo-loading", "strategy: preconditioning", "preconditioning", "unknown engineering strategy 'preconditioning'; define it in taxonomy.engineering_strategies")]
    [InlineData("theme: mechanism-depth", "theme: mechanism-dept", "mechanism-dept,", "unknown limitation theme 'mechanism-dept'; did you mean 'mechanism-depth'?")]
    public void UnknownIdsInStudiesAreReportedWithSuggestions(string good, string bad, string needle, string message)
    {
        var yaml = EvidenceSamples.With("studies", TwoStudies.Replace(good, bad, StringComparison.Ordinal));

        var result = Load(yaml);

        var diagnostic = DiagnosticAssert.Single(result, EvidenceCodes.UnknownId, TextPositions.Of(yaml, needle));
        Assert.Equal(message, diagnostic.Message);
        Assert.Null(result.Evidence);
    }

    [Fact]
    public void UnknownSourceCategoryIsReported()
    {
        var yaml = EvidenceSamples.Minimal.Replace("category: stem-cells", "category: stem-cell", StringComparison.Ordinal);

        var diagnostic = DiagnosticAssert.Single(Load(yaml), EvidenceCodes.UnknownId, TextPositions.Of(yaml, "stem-cell,"));
        Assert.Equal("unknown source category 'stem-cell'; did you mean 'stem-cells'?", diagnostic.Message);
    }

    [Fact]
    public void UnknownIdsInClinicalTrialsAreReported()
    {
        var yaml = EvidenceSamples.With("clinical", EvidenceSamples.Clinical.Replace("route: tail-iv", "route: intrathecal", StringComparison.Ordinal));

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.UnknownId, TextPositions.Of(yaml, "intrathecal"));
        Assert.Equal("unknown route 'intrathecal'; define it in taxonomy.routes", diagnostic.Message);
    }

    [Theory]
    [InlineData("10.1016/j.actbio.2021.03.018", true)]
    [InlineData("10.1093/brain/awaa052", true)]
    [InlineData("10.123/short-registrant", false)]
    [InlineData("https://doi.org/10.1016/j.actbio.2021.03.018", false)]
    [InlineData("doi:10.1016/x", false)]
    [InlineData("\"10.1016/with space\"", false)]
    [InlineData("11.1016/x", false)]
    public void DoiSyntaxIsChecked(string doi, bool valid)
    {
        var yaml = EvidenceSamples.Minimal.Replace("doi: 10.1016/j.actbio.2021.03.018", "doi: " + doi, StringComparison.Ordinal);

        var result = Load(yaml);

        if (valid)
        {
            DiagnosticAssert.Clean(result);
            return;
        }
        var diagnostic = DiagnosticAssert.Only(result, EvidenceCodes.InvalidDoi, TextPositions.Of(yaml, doi));
        Assert.Contains("is not a DOI", diagnostic.Message, StringComparison.Ordinal);
        if (doi.StartsWith("http", StringComparison.Ordinal) || doi.StartsWith("doi:", StringComparison.Ordinal))
            Assert.Contains("without the 'https://doi.org/' or 'doi:' prefix", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewDoiIsCheckedToo()
    {
        var yaml = EvidenceSamples.Minimal.Replace("  year: 2025\n", "  year: 2025\n  doi: 10.xxxx/xxxx\n", StringComparison.Ordinal);

        DiagnosticAssert.Only(Load(yaml), EvidenceCodes.InvalidDoi, TextPositions.Of(yaml, "10.xxxx"));
    }

    [Theory]
    [InlineData("year: 1899", false)]
    [InlineData("year: 1900", true)]
    [InlineData("year: 2100", true)]
    [InlineData("year: 2101", false)]
    [InlineData("year: 202", false)]
    public void ReferenceYearsMustBePlausible(string line, bool valid)
    {
        var yaml = EvidenceSamples.Minimal.Replace("year: 2021", line, StringComparison.Ordinal);

        var result = Load(yaml);

        if (valid)
            DiagnosticAssert.Clean(result);
        else
            Assert.Equal("year " + line[6..] + " is implausible: expected 1900..2100",
                DiagnosticAssert.Only(result, EvidenceCodes.ImplausibleYear, TextPositions.Of(yaml, line + "\n").Line, 11).Message);
    }

    [Fact]
    public void ReviewYearMustBePlausible()
    {
        var yaml = EvidenceSamples.Minimal.Replace("year: 2025", "year: 3025", StringComparison.Ordinal);

        DiagnosticAssert.Only(Load(yaml), EvidenceCodes.ImplausibleYear, TextPositions.Of(yaml, "3025"));
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("2023-02-29")]
    public void ReviewDateMustBeARealDate(string date)
    {
        var yaml = EvidenceSamples.Minimal.Replace("2025-06-30", date, StringComparison.Ordinal);

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.InvalidDate, TextPositions.Of(yaml, "\"" + date));
        Assert.Equal($"review.date '{date}' is not a real date (YYYY-MM-DD)", diagnostic.Message);
    }

    [Fact]
    public void LeapDayIsARealDate()
    {
        DiagnosticAssert.Clean(Load(EvidenceSamples.Minimal.Replace("2025-06-30", "2024-02-29", StringComparison.Ordinal)));
    }

    [Fact]
    public void ReviewDateYearMustBePlausible()
    {
        var yaml = EvidenceSamples.Minimal.Replace("2025-06-30", "1025-06-30", StringComparison.Ordinal);

        DiagnosticAssert.Only(Load(yaml), EvidenceCodes.ImplausibleYear, TextPositions.Of(yaml, "\"1025"));
    }

    [Fact]
    public void DuplicateReferenceNumberIsAnError()
    {
        var yaml = EvidenceSamples.With("references", EvidenceSamples.References + "  - { id: other, number: 1, authors: [X], title: T, journal: J }\n");
        yaml = yaml.Replace("source: bm-msc\n    source_detail", "source: bm-msc\n    source_detail", StringComparison.Ordinal);

        var result = Load(yaml);

        var diagnostic = DiagnosticAssert.Single(result, EvidenceCodes.DuplicateReferenceNumber, TextPositions.Of(yaml, "1, authors: [X]"));
        Assert.Equal($"reference number 1 is also used by 'gao2021' (line {TextPositions.Of(yaml, "id: gao2021").Line}); each number belongs to one reference", diagnostic.Message);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void DuplicateTable1RowIsAnError()
    {
        var yaml = EvidenceSamples.With("studies", TwoStudies.Replace("row: 2", "row: 1", StringComparison.Ordinal));

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.DuplicateTable1Row, TextPositions.Of(yaml, "1 }", 2));
        Assert.Equal($"Table 1 row 1 is already taken by study 'first' (line {TextPositions.Of(yaml, "id: first").Line})", diagnostic.Message);
    }

    [Fact]
    public void Table1RowsWithAGapAreAnError()
    {
        var yaml = EvidenceSamples.With("studies", TwoStudies.Replace("row: 2", "row: 4", StringComparison.Ordinal));

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.Table1RowGap, TextPositions.Of(yaml, "4 }"));
        Assert.Equal("Table 1 rows must run 1..4 without gaps; no study has row 2, 3", diagnostic.Message);
    }

    [Fact]
    public void Table1RowsNotStartingAtOneAreAnError()
    {
        var yaml = EvidenceSamples.Minimal.Replace("table1: { row: 1 }", "table1: { row: 2 }", StringComparison.Ordinal);

        DiagnosticAssert.Only(Load(yaml), EvidenceCodes.Table1RowGap, TextPositions.Of(yaml, "2 }"));
    }

    [Fact]
    public void StudiesWithoutTable1RowAreFine()
    {
        DiagnosticAssert.Clean(Load(EvidenceSamples.With("studies", TwoStudies.Replace("    table1: { row: 2 }\n", "", StringComparison.Ordinal))));
    }

    [Fact]
    public void UnusedReferenceIsAWarningAndTheFileStillLoads()
    {
        var yaml = EvidenceSamples.With("references", EvidenceSamples.References + "  - { id: lonely2020, authors: [X], title: T, journal: J }\n");

        var result = Load(yaml);

        var diagnostic = DiagnosticAssert.Single(result, EvidenceCodes.UnusedReference, TextPositions.Of(yaml, "{ id: lonely2020"));
        Assert.Equal((Severity.Warning, "reference 'lonely2020' is not cited by any study or clinical trial"), (diagnostic.Severity, diagnostic.Message));
        Assert.False(result.HasErrors);
        Assert.NotNull(result.Evidence);
    }

    [Fact]
    public void ReferenceCitedOnlyByAClinicalTrialIsUsed()
    {
        var yaml = EvidenceSamples.Full.Replace("    reference: gao2021\n    phase", "    reference: trial2022\n    phase", StringComparison.Ordinal)
            .Replace("studies:", "  - { id: trial2022, authors: [X], title: T, journal: J }\nstudies:", StringComparison.Ordinal);

        DiagnosticAssert.Clean(Load(yaml));
    }

    [Fact]
    public void UnusedTaxonomyTermsAreWarnings()
    {
        var yaml = EvidenceSamples.Minimal
            .Replace("    - { id: stem-cells, label: Stem cells }\n", "    - { id: stem-cells, label: Stem cells }\n    - { id: glia, label: Glia }\n", StringComparison.Ordinal)
            .Replace("kind: systemic }\n", "kind: systemic }\n    - { id: intrathecal, label: Intrathecal, kind: local }\n", StringComparison.Ordinal);

        var result = Load(yaml);

        Assert.Equal(
            [
                (EvidenceCodes.UnusedTaxonomyTerm, Severity.Warning, "source category 'glia' is not used anywhere in the file"),
                (EvidenceCodes.UnusedTaxonomyTerm, Severity.Warning, "route 'intrathecal' is not used anywhere in the file"),
            ],
            result.Diagnostics.Select(d => (d.Code, d.Severity, d.Message)));
        Assert.Equal(TextPositions.Of(yaml, "{ id: glia"), (result.Diagnostics[0].Where.Line, result.Diagnostics[0].Where.Column));
        Assert.NotNull(result.Evidence);
    }

    [Fact]
    public void SemanticErrorsAreAllReportedInFileOrder()
    {
        var yaml = EvidenceSamples.With("studies", TwoStudies
            .Replace("source: bm-msc\n    delivery", "source: nowhere\n    delivery", StringComparison.Ordinal)
            .Replace("id: second", "id: first", StringComparison.Ordinal));

        var result = Load(yaml);

        Assert.Equal([EvidenceCodes.UnknownId, EvidenceCodes.DuplicateId], result.Diagnostics.Select(d => d.Code));
        Assert.True(result.Diagnostics[0].Where.Line < result.Diagnostics[1].Where.Line);
    }

    private static EvidenceLoadResult Load(string yaml) => EvidenceLoader.LoadText("x.yaml", yaml);
}

using ExoReport.Evidence;
using ExoReport.Tests.Evidence.Fixtures;

namespace ExoReport.Tests.Evidence;

/// <summary>Plain scalars become numbers or booleans only where the schema expects them; quoted scalars stay text.</summary>
public class ScalarTypingTests
{
    [Theory]
    [InlineData("volume: 126", "126")]
    [InlineData("volume: 12.50", "12.50")]
    [InlineData("volume: true", "true")]
    [InlineData("volume: '126'", "126")]
    public void PlainNumbersAndBooleansAreTextWhereTextIsExpected(string line, string expected)
    {
        var yaml = EvidenceSamples.Minimal.Replace("volume: 126", line, StringComparison.Ordinal);

        Assert.Equal(expected, Load(yaml).Evidence!.References[0].Volume);
    }

    [Theory]
    [InlineData("year: 2021", 2021)]
    [InlineData("year: +2021", 2021)]
    [InlineData("year: 2021.0", 2021)]
    public void PlainNumbersAreNumbersWhereNumbersAreExpected(string line, int expected)
    {
        var yaml = EvidenceSamples.Minimal.Replace("year: 2021", line, StringComparison.Ordinal);

        Assert.Equal(expected, Load(yaml).Evidence!.References[0].Year);
    }

    [Theory]
    [InlineData("year: \"2021\"", "the text '2021'")]
    [InlineData("year: '2021'", "the text '2021'")]
    [InlineData("year: twenty", "the text 'twenty'")]
    [InlineData("year: 2021.5", "the number 2021.5")]
    public void QuotedOrNonNumericYearIsAWrongType(string line, string got)
    {
        var yaml = EvidenceSamples.Minimal.Replace("year: 2021", line, StringComparison.Ordinal);

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.WrongType, TextPositions.Of(yaml, line).Line, 11);
        Assert.Equal($"wrong type for references[0].year: expected a whole number, got {got}", diagnostic.Message);
    }

    [Theory]
    [InlineData("et_al: false", false)]
    [InlineData("et_al: True", true)]
    public void PlainBooleansAreBooleansWhereBooleansAreExpected(string line, bool expected)
    {
        var yaml = EvidenceSamples.Minimal.Replace("et_al: true", line, StringComparison.Ordinal);

        Assert.Equal(expected, Load(yaml).Evidence!.References[0].EtAl);
    }

    [Theory]
    [InlineData("et_al: yes")]
    [InlineData("et_al: \"true\"")]
    public void YesOrQuotedTrueIsNotABoolean(string line)
    {
        var yaml = EvidenceSamples.Minimal.Replace("et_al: true", line, StringComparison.Ordinal);

        var diagnostic = DiagnosticAssert.Only(Load(yaml), EvidenceCodes.WrongType, TextPositions.Of(yaml, line).Line, 12);
        Assert.Contains("expected true or false", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("value: 1e2", "100")]
    [InlineData("value: -0.5", "-0.5")]
    [InlineData("value: .5", "0.5")]
    public void DecimalFiguresKeepTheirValue(string line, string expected)
    {
        var yaml = EvidenceSamples.Minimal.Replace("value: 17.10", line, StringComparison.Ordinal);

        var figure = Load(yaml).Evidence!.Studies[0].Engineering!.Figures[0];
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), figure.Value);
    }

    [Theory]
    [InlineData("journal: ~")]
    [InlineData("journal: null")]
    public void NullIsNoValue(string line)
    {
        var yaml = EvidenceSamples.Minimal.Replace("journal: Acta Biomater", line, StringComparison.Ordinal);

        DiagnosticAssert.Only(Load(yaml), EvidenceCodes.WrongType, TextPositions.Of(yaml, line).Line, 14);
    }

    [Fact]
    public void QuotedNullIsText()
    {
        var yaml = EvidenceSamples.Minimal.Replace("journal: Acta Biomater", "journal: 'null'", StringComparison.Ordinal);

        Assert.Equal("null", Load(yaml).Evidence!.References[0].Journal);
    }

    [Fact]
    public void BlockScalarsAreText()
    {
        var yaml = EvidenceSamples.Minimal.Replace("    effect: Berberine-loaded exosomes calm inflammation.\n",
            "    effect: >\n      Berberine-loaded exosomes\n      calm inflammation.\n", StringComparison.Ordinal);

        Assert.Equal("Berberine-loaded exosomes calm inflammation.\n", Load(yaml).Evidence!.Studies[0].Effect);
    }

    private static EvidenceLoadResult Load(string yaml) => EvidenceLoader.LoadText("x.yaml", yaml);
}

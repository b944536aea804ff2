using System.Text;
using ExoReport.Evidence;
using ExoReport.Tests.Evidence.Fixtures;

namespace ExoReport.Tests.Evidence;

public class EncodingTests
{
    [Fact]
    public void InvalidUtf8IsReportedAtTheBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("a: 1\nb: caf").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\n")).ToArray();

        var diagnostic = DiagnosticAssert.Only(EvidenceLoader.LoadBytes("x.yaml", bytes), EvidenceCodes.InvalidUtf8, 2, 7);
        Assert.Contains("0xC3", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8ColumnCountsCharactersNotBytes()
    {
        // "é" is two bytes but one column; the stray continuation byte 0x80 is at column 6.
        var bytes = Encoding.UTF8.GetBytes("t: é ").Concat(new byte[] { 0x80 }).ToArray();

        DiagnosticAssert.Only(EvidenceLoader.LoadBytes("x.yaml", bytes), EvidenceCodes.InvalidUtf8, 1, 6);
    }

    [Fact]
    public void TruncatedSequenceAtTheEndIsInvalid()
    {
        var bytes = Encoding.UTF8.GetBytes("t: x").Concat(new byte[] { 0xE2, 0x82 }).ToArray();

        DiagnosticAssert.Only(EvidenceLoader.LoadBytes("x.yaml", bytes), EvidenceCodes.InvalidUtf8, 1, 5);
    }

    [Fact]
    public void Utf16FileIsRecognised()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a: 1\n")).ToArray();

        var diagnostic = DiagnosticAssert.Only(EvidenceLoader.LoadBytes("x.yaml", bytes), EvidenceCodes.InvalidUtf8, 1, 1);
        Assert.Contains("UTF-16", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NulByteIsReportedWhereItIs()
    {
        var bytes = Encoding.UTF8.GetBytes("a: 1\nbb: x\0y\n");

        DiagnosticAssert.Only(EvidenceLoader.LoadBytes("x.yaml", bytes), EvidenceCodes.NulByte, 2, 6);
    }

    [Fact]
    public void NulCharacterInTextIsReported()
    {
        DiagnosticAssert.Only(EvidenceLoader.LoadText("x.yaml", "\0"), EvidenceCodes.NulByte, 1, 1);
    }

    [Fact]
    public void BomAndCrlfFilesLoad()
    {
        var crlf = EvidenceSamples.Minimal.Replace("\n", "\r\n", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(crlf)).ToArray();

        var result = EvidenceLoader.LoadBytes("x.yaml", bytes);

        DiagnosticAssert.Clean(result);
        Assert.Equal("bm-msc", result.Evidence!.Taxonomy.Sources[0].Id);
        Assert.Equal("211–223", result.Evidence.References[0].Pages);
    }

    [Fact]
    public void BomInTextIsIgnored()
    {
        DiagnosticAssert.Clean(EvidenceLoader.LoadText("x.yaml", "\uFEFF" + EvidenceSamples.Minimal));
    }

    [Fact]
    public void CrlfFileReportsTheSameLinesAndColumns()
    {
        var yaml = EvidenceSamples.Minimal.Replace("label: Stem cells", "lable: Stem cells", StringComparison.Ordinal);
        var where = TextPositions.Of(yaml, "lable");

        var lf = EvidenceLoader.LoadText("x.yaml", yaml);
        var crlf = EvidenceLoader.LoadBytes("x.yaml", Encoding.UTF8.GetBytes(yaml.Replace("\n", "\r\n", StringComparison.Ordinal)));

        DiagnosticAssert.Single(lf, EvidenceCodes.UnknownKey, where);
        DiagnosticAssert.Single(crlf, EvidenceCodes.UnknownKey, where);
    }

    [Fact]
    public void UnicodeTextIsKept()
    {
        var yaml = EvidenceSamples.Minimal.Replace("label: Stem cells", "label: \"Stem cells (β, κ, ±, ⁺, é)\"", StringComparison.Ordinal);

        var evidence = EvidenceLoader.LoadBytes("x.yaml", Encoding.UTF8.GetBytes(yaml)).Evidence!;

        Assert.Equal("Stem cells (β, κ, ±, ⁺, é)", evidence.Taxonomy.SourceCategories[0].Label);
    }
}

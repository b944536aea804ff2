using System.Text;
using ExoReport.Evidence;
using ExoReport.Tests.Evidence.Fixtures;

namespace ExoReport.Tests.Evidence;

/// <summary>
/// Hostile inputs: each is refused with one diagnostic instead of a crash, a stack overflow or a hang. (Their
/// timings are measured outside the tests; see the loader's report.)
/// </summary>
public class LimitTests
{
    private const int Levels = 10_000;

    [Fact]
    public void TenThousandNestedFlowListsStopAtTheLimit()
    {
        var text = "a: " + new string('[', Levels) + new string(']', Levels) + "\n";

        var diagnostic = DiagnosticAssert.Only(EvidenceLoader.LoadText("x.yaml", text), EvidenceCodes.NestingTooDeep, 1, 3 + EvidenceLimits.MaxDepth);
        Assert.Contains("64", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TenThousandNestedFlowMappingsStopAtTheLimit()
    {
        var text = string.Concat(Enumerable.Repeat("{a: ", Levels)) + "1" + new string('}', Levels) + "\n";

        // The outermost mapping is level 1 at column 1; level 65 starts 64 × 4 columns later.
        DiagnosticAssert.Only(EvidenceLoader.LoadText("x.yaml", text), EvidenceCodes.NestingTooDeep, 1, 1 + 4 * EvidenceLimits.MaxDepth);
    }

    [Fact]
    public void TenThousandNestedBlockListsStopAtTheLimit()
    {
        var text = string.Concat(Enumerable.Repeat("- ", Levels)) + "x\n";

        DiagnosticAssert.Only(EvidenceLoader.LoadText("x.yaml", text), EvidenceCodes.NestingTooDeep, 1, 1 + 2 * EvidenceLimits.MaxDepth);
    }

    [Fact]
    public void DeeplyIndentedBlockMappingsStopAtTheLimit()
    {
        var text = new StringBuilder();
        for (var level = 0; level < 500; level++)
            text.Append(' ', level).Append("k:\n");

        DiagnosticAssert.Only(EvidenceLoader.LoadText("x.yaml", text.ToString()), EvidenceCodes.NestingTooDeep, 65, 65);
    }

    [Fact]
    public void BillionLaughsIsStoppedAtTheExpandingList()
    {
        var text = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            var previous = (char)(c - 1);
            text.Append(c).Append(": &").Append(c).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        var result = EvidenceLoader.LoadText("x.yaml", text.ToString());

        // Expanded, a..f hold about 670,000 values and g alone 5.4 million: the budget of 2 million runs out inside
        // g's list, which is where the alias blow-up is written (its mark starts at the anchor '&g').
        var diagnostic = DiagnosticAssert.Only(result, EvidenceCodes.AliasExpansionLimit, 7, 4);
        Assert.Contains("2,000,000", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasInsideItsOwnAnchorIsRefused()
    {
        var result = EvidenceLoader.LoadText("x.yaml", "schema_version: 1\nloop: &x [1, *x]\n");

        var diagnostic = DiagnosticAssert.Only(result, EvidenceCodes.AliasExpansionLimit, 2, 7);
        Assert.Contains("contains it", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecursiveMappingAliasIsRefused()
    {
        var result = EvidenceLoader.LoadText("x.yaml", "a: &m\n  self: *m\n");

        DiagnosticAssert.Only(result, EvidenceCodes.AliasExpansionLimit, 2, 3);
    }

    [Fact]
    public void TooManyValuesAreRefusedWhileParsing()
    {
        var text = "a: [" + string.Concat(Enumerable.Repeat("1,", EvidenceLimits.MaxValues + 10)) + "1]\n";

        // Values counted: the top-level mapping, the key 'a', the list, then the items; item n is at column 5 + 2(n - 1).
        var firstOverLimit = EvidenceLimits.MaxValues + 1 - 3;
        DiagnosticAssert.Only(EvidenceLoader.LoadText("x.yaml", text), EvidenceCodes.TooManyValues, 1, 5 + 2 * (firstOverLimit - 1));
    }

    [Fact]
    public void FileOverTheSizeLimitIsRefusedBeforeReading()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "huge.yaml");
        using (var stream = File.Create(path))
            stream.SetLength(EvidenceLimits.MaxFileBytes + 1); // sparse: costs no disk and no reading

        var diagnostic = DiagnosticAssert.Only(EvidenceLoader.LoadFile(path, "huge.yaml"), EvidenceCodes.FileTooLarge, 0, 0);
        Assert.Equal("huge.yaml", diagnostic.Where.File);
        Assert.Contains("16 MiB", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BytesOverTheSizeLimitAreRefused()
    {
        var bytes = new byte[EvidenceLimits.MaxFileBytes + 1];

        DiagnosticAssert.Only(EvidenceLoader.LoadBytes("big.yaml", bytes), EvidenceCodes.FileTooLarge, 0, 0);
    }

    [Fact]
    public void MissingFileIsAnIoError()
    {
        using var folder = new TempFolder();

        var result = EvidenceLoader.LoadFile(Path.Combine(folder.Path, "nope.yaml"), "data/nope.yaml");

        var diagnostic = DiagnosticAssert.Only(result, EvidenceCodes.CannotRead, 0, 0);
        Assert.True(result.CouldNotRead);
        Assert.Equal("data/nope.yaml: error EXO010: file not found", diagnostic.ToString());
    }

    [Fact]
    public void FolderIsNotAFile()
    {
        using var folder = new TempFolder();

        var result = EvidenceLoader.LoadFile(folder.Path, "data");

        Assert.Contains("folder", DiagnosticAssert.Only(result, EvidenceCodes.CannotRead, 0, 0).Message, StringComparison.Ordinal);
    }
}

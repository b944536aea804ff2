using CsCheck;
using ExoReport.Tests.Support;
using ExoReport.Writers.Latex;

namespace ExoReport.Tests.Escaping;

/// <summary>
/// Random strings of printable ASCII and mapped Unicode, escaped, compiled together in one pdflatex document (one
/// paragraph each, between markers), must read back from the PDF as the input: the same text, nothing lost, nothing
/// added, modulo whitespace and the differences in <see cref="LatexExtraction.ByNature"/>.
/// </summary>
public sealed class LatexRoundTripProperties
{
    private const int StringsPerDocument = 200;

    [Fact]
    public void Escaped_text_prints_as_the_input() =>
        Check.Sample(TestAlphabets.LatexPrintable.Array[StringsPerDocument], AssertRoundTrip, iter: 1, threads: 1);

    [Fact]
    public void Every_mapped_character_prints_as_itself_in_both_engines()
    {
        // Deterministic complement to the random sample: each mapped character once, next to letters and alone.
        var inputs = TestAlphabets.LatexMapped.Select(c => $"a{c}b {c}").ToList();
        AssertRoundTrip(inputs, LatexEngine.PdfLatex);
        // LuaTeX prints the same glyphs of the same math font, but its glyph-name tables read TeX's straight
        // phi and lunate epsilon as U+03C6 and U+03B5 and the curly ones the other way round (pdfTeX's
        // glyphtounicode has TeX-specific entries that get them right), so those four are compared under pdfTeX.
        AssertRoundTrip(inputs.Where(input => !input.Any("φϕεϵ".Contains)).ToList(), LatexEngine.LuaLatex);
    }

    private static void AssertRoundTrip(IReadOnlyList<string> inputs) => AssertRoundTrip(inputs, LatexEngine.PdfLatex);

    private static void AssertRoundTrip(IReadOnlyList<string> inputs, LatexEngine engine)
    {
        var escaped = inputs.Select(LatexText.Escape).ToList();
        var run = LatexCompiler.Compile(LatexTestDocument.Wrap(LatexTestDocument.MarkedLines(escaped)), engine);
        var texts = LatexExtraction.MarkedTexts(PdfText.ContentOrder(run.Pdf));

        Assert.Equal(inputs.Count, texts.Count);
        var mismatches = inputs
            .Select((input, i) => (input, escaped: escaped[i], expected: LatexExtraction.Expected(input), actual: texts[i]))
            .Where(entry => entry.expected != entry.actual)
            .Select(entry => $"input    {Show(entry.input)}\nescaped  {entry.escaped}\nexpected {Show(entry.expected)}\n" +
                             $"actual   {Show(entry.actual)}")
            .ToList();
        Assert.True(mismatches.Count == 0, $"{engine}: {mismatches.Count} of {inputs.Count} differ:\n\n" +
                                           string.Join("\n\n", mismatches.Take(10)));
    }

    private static string Show(string text) =>
        "\"" + string.Concat(text.Select(c => c is < ' ' or > '~' ? $"{c}<U+{(int)c:X4}>" : c.ToString())) + "\"";
}

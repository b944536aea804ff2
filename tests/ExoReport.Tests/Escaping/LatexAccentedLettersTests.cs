using ExoReport.Tests.Support;
using ExoReport.Writers.Latex;

namespace ExoReport.Tests.Escaping;

/// <summary>
/// Accented letters that T1 fonts have no single glyph for (ā, ǎ, ő̄ ...) are built by TeX from a letter and an
/// accent glyph. They read back from the PDF as letter plus accent, which pdftotext reports as a letter followed by
/// a combining mark: the decomposed form of the input (with the dotless ı under accents above an i).
/// </summary>
public sealed class LatexAccentedLettersTests
{
    /// <summary>Letters built from a base and an accent above it; accents below (ṣ ḇ ș) read back as a separate
    /// dot, line or comma after the letter instead and are checked by <see cref="Below_accents_compile_and_keep_their_letter"/>.</summary>
    private const string AboveAccentLetters = "āēīōūĀĒĪŌŪǎěǐǒǔǍǏǑǓĉĝĥĵŝŵŷẽỹẼǵḱḿṕẃẁẅẋẏżŻėĖȧȯǘǜǚǖ";

    private const string BelowAccentLetters = "ṣḍḥḷṃṇṛṭẓḅḇḏḵḻṉṟṯẕșțķļņŗģǫ";

    private static readonly IReadOnlyDictionary<char, string> Decomposed = new Dictionary<char, string>
    {
        ['ā'] = "a\u0304", ['ē'] = "e\u0304", ['ī'] = "ı\u0304", ['ō'] = "o\u0304", ['ū'] = "u\u0304",
        ['Ā'] = "A\u0304", ['Ē'] = "E\u0304", ['Ī'] = "I\u0304", ['Ō'] = "O\u0304", ['Ū'] = "U\u0304",
        ['ǎ'] = "a\u030C", ['ě'] = "e\u030C", ['ǐ'] = "ı\u030C", ['ǒ'] = "o\u030C", ['ǔ'] = "u\u030C",
        ['Ǎ'] = "A\u030C", ['Ǐ'] = "I\u030C", ['Ǒ'] = "O\u030C", ['Ǔ'] = "U\u030C",
        ['ĉ'] = "c\u0302", ['ĝ'] = "g\u0302", ['ĥ'] = "h\u0302", ['ĵ'] = "ȷ\u0302", ['ŝ'] = "s\u0302",
        ['ŵ'] = "w\u0302", ['ŷ'] = "y\u0302", ['ẽ'] = "e\u0303", ['ỹ'] = "y\u0303", ['Ẽ'] = "E\u0303",
        ['ǵ'] = "g\u0301", ['ḱ'] = "k\u0301", ['ḿ'] = "m\u0301", ['ṕ'] = "p\u0301", ['ẃ'] = "w\u0301",
        ['ẁ'] = "w\u0300", ['ẅ'] = "w\u0308", ['ẋ'] = "x\u0307", ['ẏ'] = "y\u0307", ['ż'] = "z\u0307",
        ['Ż'] = "Z\u0307", ['ė'] = "e\u0307", ['Ė'] = "E\u0307", ['ȧ'] = "a\u0307", ['ȯ'] = "o\u0307",
        ['ǘ'] = "u\u0308\u0301", ['ǜ'] = "u\u0308\u0300", ['ǚ'] = "u\u0308\u030C", ['ǖ'] = "u\u0308\u0304",
    };

    [Fact]
    public void Above_accents_read_back_as_letter_and_combining_mark()
    {
        var run = LatexCompiler.Compile(LatexTestDocument.Wrap(
            LatexTestDocument.MarkedLines(AboveAccentLetters.Select(c => LatexText.Escape(c.ToString())))));
        var lines = LatexCompiler.ExtractText(run.Pdf).Split('\n')
            .Select(line => line.Trim().Trim(LatexTestDocument.OpenMark, LatexTestDocument.CloseMark))
            .Where(line => line.Length > 0 && !line.All(char.IsAsciiDigit)) // page numbers
            .ToList();

        // T1 has single glyphs for some of these after all (ż, ě; ü under a second accent): any is the right letter.
        var expected = AboveAccentLetters.Select(c => (c.ToString(), Decomposed[c])).ToList();
        Assert.Equal(expected.Count, lines.Count);
        Assert.All(expected.Zip(lines), pair =>
            Assert.Contains(pair.Second, new[] { pair.First.Item1, pair.First.Item2, Composed(pair.First.Item2) }));
    }

    [Fact]
    public void Below_accents_compile_and_keep_their_letter()
    {
        var run = LatexCompiler.Compile(LatexTestDocument.Wrap(
            LatexTestDocument.MarkedLines(BelowAccentLetters.Select(c => LatexText.Escape(c.ToString())))));
        var texts = LatexExtraction.MarkedTexts(PdfText.ContentOrder(run.Pdf));

        Assert.Equal(BelowAccentLetters.Length, texts.Count);
        // Each reads as its base letter plus a mark glyph; the base letter is the first of the ASCII output.
        Assert.All(BelowAccentLetters.Zip(texts), pair =>
            Assert.Contains(BaseLetter(pair.First), pair.Second));
    }

    /// <summary>The ASCII letter inside the accent commands, e.g. s for <c>\d{s}</c>.</summary>
    private static string BaseLetter(char letter) =>
        LatexText.Escape(letter.ToString()).Split('{', '}').First(part => part.Length == 1);

    /// <summary>The dotless i and j that TeX puts under accents as the plain letters; u + diaeresis as ü.</summary>
    private static string Composed(string decomposed) =>
        decomposed.Replace('ı', 'i').Replace('ȷ', 'j').Replace("u\u0308", "ü");
}

using System.Globalization;
using System.Text;
using CsCheck;

namespace ExoReport.Tests.Escaping;

/// <summary>Random strings for the escaping properties, with the characters the escapers treat specially over-represented.</summary>
public static class TestAlphabets
{
    /// <summary>
    /// Non-ASCII characters the LaTeX escaper maps and whose printed form reads back from the PDF as the character
    /// itself or as its <see cref="LatexExtraction.ByNature"/> form. Accented letters are those T1 fonts have as
    /// one glyph; the others (ā, ǎ, ṣ, ...) are built from letter and accent glyphs and read back as two
    /// characters, so <see cref="LatexAccentedLettersTests"/> checks them apart.
    /// </summary>
    public const string LatexMapped =
        "αβγδεζηθικλμνξοπρςστυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩϵϑϕϖϱϰµ" +
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻₀₁₂₃₄₅₆₇₈₉₊₋" +
        "±×÷·−≤≥≠≈∼∞→←⇒′″°‰€£©®™§¶†‡•…–—“”‘’„‚«»‹›¡¿½\u00A0" +
        "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ" +
        "ĂăĄąĆćČčĎďĚěĘęĞğĹĺĽľŁłŃńŇňŐőŒœŔŕŘřŚśŠšŞşŢţŤťŰűŮůŸŹźŽžŻżıĳĲŋŊđĐﬁﬂ";

    /// <summary>Fragments that start markup or TeX syntax.</summary>
    private static readonly string[] Fragments =
    [
        "http://", "https://x.org/a_b", "www.", "mailto:", "&amp;", "&#35;", "&copy;", "&", "1. ", "2) ", "- ", "+ ",
        "> ", "# ", "```", "~~", "**", "__", "<br>", "<div>", "![", "](", "[^1]", "\\", "  ", "\n", "\t", "|", ":---",
        "---", "===", "$x$", "\\(", "^^5c", "%", "{}", "#1", "--", "``", "''", "<<", ",,", "?`", "!`", "ﬁ", "\r\n",
    ];

    private static readonly Gen<string> Ascii = Gen.Char[' ', '~'].Select(c => c.ToString());

    private static readonly Gen<string> AsciiPunctuation =
        Gen.Char["\\`*_{}[]()<>#+-.!|~$&:;=^\"'/%,?@"].Select(c => c.ToString());

    private static readonly Gen<string> Fragment = Gen.OneOf(Fragments);

    /// <summary>Any assigned, printable character of the basic plane (no controls, surrogates or unassigned).</summary>
    private static readonly Gen<string> Bmp = Gen.Char['\u00A0', '\uFFFD']
        .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control
            or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned))
        .Select(c => c.ToString());

    /// <summary>Any assigned character beyond the basic plane, emoji over-represented.</summary>
    private static readonly Gen<string> Astral = Gen.Frequency(
            (1, Gen.Int[0x10000, 0x10FFFD]),
            (2, Gen.Int[0x1F300, 0x1FAFF]))
        .Where(code => Rune.GetUnicodeCategory(new Rune(code)) is not (UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.PrivateUse))
        .Select(code => char.ConvertFromUtf32(code));

    private static readonly Gen<string> LatexMappedCharacter = Gen.Char[LatexMapped].Select(c => c.ToString());

    /// <summary>Arbitrary Unicode text for the Markdown properties.</summary>
    public static readonly Gen<string> Unicode = Gen.Frequency(
            (6, Ascii), (4, AsciiPunctuation), (3, Fragment), (3, LatexMappedCharacter), (3, Bmp), (1, Astral))
        .Array[0, 30]
        .Select(string.Concat);

    /// <summary>Text for the LaTeX round trip: printable ASCII and the mapped characters, short enough for one line.</summary>
    public static readonly Gen<string> LatexPrintable = Gen.Frequency(
            (5, Ascii), (3, AsciiPunctuation), (5, LatexMappedCharacter))
        .Array[0, 24]
        .Select(string.Concat);
}

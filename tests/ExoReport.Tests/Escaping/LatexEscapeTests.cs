using ExoReport.Writers.Latex;

namespace ExoReport.Tests.Escaping;

/// <summary>One mapping per case: what <see cref="LatexText.Escape"/> writes for each kind of character.</summary>
public sealed class LatexEscapeTests
{
    [Theory]
    [InlineData(@"\", @"\textbackslash{}")]
    [InlineData("{", @"\{")]
    [InlineData("}", @"\}")]
    [InlineData("$", @"\$")]
    [InlineData("&", @"\&")]
    [InlineData("#", @"\#")]
    [InlineData("^", @"\textasciicircum{}")]
    [InlineData("_", @"\_")]
    [InlineData("%", @"\%")]
    [InlineData("~", @"\textasciitilde{}")]
    [InlineData("<", @"\textless{}\kern0pt{}")]
    [InlineData(">", @"\textgreater{}\kern0pt{}")]
    [InlineData("|", @"\textbar{}")]
    [InlineData("\"", @"\textquotedbl{}")]
    [InlineData("'", @"\textquotesingle{}")]
    [InlineData("`", @"\textasciigrave{}")]
    [InlineData("[x]", "{[}x{]}")]
    [InlineData("*a*", "{*}a*")]
    [InlineData("\u200D*a", "{*}a")]
    public void Escapes_ascii_specials(string text, string latex) => Assert.Equal(latex, LatexText.Escape(text));

    [Theory]
    [InlineData("IL-6", "IL-6")]
    [InlineData("a--b", @"a-\kern0pt{}-b")]
    [InlineData("a---b", @"a-\kern0pt{}-\kern0pt{}-b")]
    [InlineData("x-", @"x-\kern0pt{}")]
    [InlineData("a,,b", @"a,\kern0pt{},b")]
    [InlineData("?‘", @"?\kern0pt{}\textquoteleft{}\kern0pt{}")]
    [InlineData("‘‘", @"\textquoteleft{}\kern0pt{}\textquoteleft{}\kern0pt{}")]
    [InlineData("–-", @"\textendash{}\kern0pt{}-\kern0pt{}")]
    [InlineData("<<>>", @"\textless{}\kern0pt{}\textless{}\kern0pt{}\textgreater{}\kern0pt{}\textgreater{}\kern0pt{}")]
    [InlineData("Why?", "Why?")]
    public void Breaks_ligatures_that_would_change_the_text(string text, string latex) =>
        Assert.Equal(latex, LatexText.Escape(text));

    [Theory]
    [InlineData("^^5c", @"\textasciicircum{}\textasciicircum{}5c")]
    [InlineData(@"\input{/etc/passwd}", @"\textbackslash{}input\{/etc/passwd\}")]
    public void Defuses_tex_syntax(string text, string latex) => Assert.Equal(latex, LatexText.Escape(text));

    [Theory]
    [InlineData("α", @"\ensuremath{\alpha}")]
    [InlineData("β", @"\ensuremath{\beta}")]
    [InlineData("γ", @"\ensuremath{\gamma}")]
    [InlineData("κ", @"\ensuremath{\kappa}")]
    [InlineData("ω", @"\ensuremath{\omega}")]
    [InlineData("ε", @"\ensuremath{\varepsilon}")]
    [InlineData("ϵ", @"\ensuremath{\epsilon}")]
    [InlineData("φ", @"\ensuremath{\varphi}")]
    [InlineData("ϕ", @"\ensuremath{\phi}")]
    [InlineData("ς", @"\ensuremath{\varsigma}")]
    [InlineData("ο", @"\ensuremath{o}")]
    [InlineData("Γ", @"\ensuremath{\Gamma}")]
    [InlineData("Ω", @"\ensuremath{\Omega}")]
    [InlineData("Α", "A")]
    [InlineData("Β", "B")]
    [InlineData("Κ", "K")]
    [InlineData("Χ", "X")]
    [InlineData("μ", @"\ensuremath{\mu}")]
    [InlineData("\u00B5", @"\ensuremath{\mu}")]
    public void Maps_greek(string text, string latex) => Assert.Equal(latex, LatexText.Escape(text));

    [Theory]
    [InlineData("m²", @"m\textsuperscript{2}")]
    [InlineData("10⁻¹²", @"10\textsuperscript{\textminus{}12}")]
    [InlineData("Ca²⁺", @"Ca\textsuperscript{2+}")]
    [InlineData("⁰¹³⁴⁵⁶⁷⁸⁹", @"\textsuperscript{013456789}")]
    [InlineData("H₂O", @"H\textsubscript{2}O")]
    [InlineData("₀₁₂₃₄₅₆₇₈₉", @"\textsubscript{0123456789}")]
    [InlineData("x²₁", @"x\textsuperscript{2}\textsubscript{1}")]
    public void Maps_superscripts_and_subscripts_in_runs(string text, string latex) =>
        Assert.Equal(latex, LatexText.Escape(text));

    [Theory]
    [InlineData("±", @"\ensuremath{\pm}")]
    [InlineData("×", @"\ensuremath{\times}")]
    [InlineData("·", @"\ensuremath{\cdot}")]
    [InlineData("≤", @"\ensuremath{\leq}")]
    [InlineData("≥", @"\ensuremath{\geq}")]
    [InlineData("−", @"\ensuremath{-}")]
    [InlineData("°", @"\textdegree{}")]
    [InlineData("–", @"\textendash{}\kern0pt{}")]
    [InlineData("—", @"\textemdash{}\kern0pt{}")]
    [InlineData("“", @"\textquotedblleft{}")]
    [InlineData("”", @"\textquotedblright{}")]
    [InlineData("‘", @"\textquoteleft{}\kern0pt{}")]
    [InlineData("’", @"\textquoteright{}\kern0pt{}")]
    [InlineData("…", @"\ldots{}")]
    [InlineData("a\u00A0b", "a~b")]
    [InlineData("€", @"\texteuro{}")]
    [InlineData("ﬁ", "fi")]
    public void Maps_symbols_and_punctuation(string text, string latex) =>
        Assert.Equal(latex, LatexText.Escape(text));

    [Theory]
    [InlineData("é", @"\'{e}")]
    [InlineData("à", @"\`{a}")]
    [InlineData("ü", @"\""{u}")]
    [InlineData("ö", @"\""{o}")]
    [InlineData("ñ", @"\~{n}")]
    [InlineData("ç", @"\c{c}")]
    [InlineData("Š", @"\v{S}")]
    [InlineData("ő", @"\H{o}")]
    [InlineData("ą", @"\k{a}")]
    [InlineData("ż", @"\.{z}")]
    [InlineData("ṣ", @"\d{s}")]
    [InlineData("ș", @"\textcommabelow{s}")]
    [InlineData("ī", @"\={\i}")]
    [InlineData("í", @"\'{\i}")]
    [InlineData("ǰ", @"\v{\j}")]
    [InlineData("ǘ", @"\'{\""{u}}")]
    [InlineData("e\u0301", @"\'{e}")]
    [InlineData("é\u0323", @"\d{\'{e}}")]
    [InlineData("ł", @"\l{}")]
    [InlineData("ø", @"\o{}")]
    [InlineData("å", @"\aa{}")]
    [InlineData("ß", @"\ss{}")]
    [InlineData("Æ", @"\AE{}")]
    public void Writes_accented_letters_with_accent_commands(string text, string latex) =>
        Assert.Equal(latex, LatexText.Escape(text));

    [Theory]
    [InlineData("😀", "{[}U+1F600{]}")]
    [InlineData("中", "{[}U+4E2D{]}")]
    [InlineData("א", "{[}U+05D0{]}")]
    [InlineData("\u0301", "{[}U+0301{]}")]
    [InlineData("a\u031B", "a{[}U+031B{]}")]
    [InlineData("ơ", "{[}U+01A1{]}")]
    [InlineData("\u0007", "{[}U+0007{]}")]
    public void Prints_a_placeholder_for_what_latex_cannot_set(string text, string latex) =>
        Assert.Equal(latex, LatexText.Escape(text));

    [Fact]
    public void Prints_a_placeholder_for_a_lone_surrogate() =>
        Assert.Equal("a{[}U+D800{]}b{[}U+DC00{]}", LatexText.Escape("a\uD800b\uDC00"));

    [Theory]
    [InlineData("a\u200Db", "ab")]
    [InlineData("a\u202Eb", "ab")]
    [InlineData("\uFEFFa", "a")]
    [InlineData("👍\uFE0F", "{[}U+1F44D{]}")]
    public void Drops_invisible_formatting_characters(string text, string latex) =>
        Assert.Equal(latex, LatexText.Escape(text));

    [Theory]
    [InlineData("a\nb", "a b")]
    [InlineData("a\r\nb", "a  b")]
    [InlineData("a\tb", "a b")]
    [InlineData("a\u2028b", "a b")]
    public void Turns_line_breaks_into_spaces(string text, string latex) =>
        Assert.Equal(latex, LatexText.Escape(text));

    [Fact]
    public void Null_and_empty_give_empty() =>
        Assert.Equal(("", ""), (LatexText.Escape(null), LatexText.Escape("")));

    [Fact]
    public void Keeps_lines_on_request_and_drops_blank_ones() =>
        Assert.Equal(@"first 50\%\newline second", LatexText.EscapeKeepingLineBreaks("\nfirst 50%\r\n\n second\n"));

    [Fact]
    public void Joins_items_with_newline_and_drops_blank_items() =>
        Assert.Equal(@"MSC\newline HEK293 \& co.\newline \ensuremath{\beta}-cells",
            LatexText.EscapeLines(["MSC", "", null, "HEK293 & co.", "  ", "β-cells"]));

    [Fact]
    public void Output_is_seven_bit_ascii_for_every_code_point_of_the_basic_plane()
    {
        var all = string.Concat(Enumerable.Range(0, 0x10000).Select(code => (char)code));
        var latex = LatexText.Escape(all);
        Assert.All(latex, c => Assert.InRange(c, ' ', '~'));
    }

    [Fact]
    public void Required_preamble_loads_exactly_the_documented_packages() =>
        Assert.Equal(
            [@"\usepackage[T1]{fontenc}", @"\usepackage{lmodern}", @"\usepackage{textcomp}",
                @"\usepackage{amsmath}", @"\usepackage{amssymb}"],
            LatexText.RequiredPreamble.Split('\n'));
}

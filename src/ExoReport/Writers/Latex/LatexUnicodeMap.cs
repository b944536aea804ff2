using System.Collections.Frozen;

namespace ExoReport.Writers.Latex;

/// <summary>
/// LaTeX for single non-ASCII characters that are not accented Latin letters (those go through
/// <see cref="LatinDecompositions"/>) and not super- or subscripts (<see cref="LatexScripts"/>).
/// Every value is pure ASCII, ends so that a following letter cannot extend a command name, and needs nothing
/// beyond <see cref="LatexText.RequiredPreamble"/>.
/// </summary>
/// <remarks>
/// Dashes and quotes are commands (<c>\textendash{}</c>), not the ligatures <c>--</c> or <c>``</c>: a ligature
/// combines with neighbouring characters ("-–" would print as an em dash), a command never does.
/// Greek is set in math (<c>\ensuremath</c>) because pdflatex has no Greek text font without the textgreek
/// package; capitals that look Latin are printed as the Latin letter, as math would anyway.
/// </remarks>
internal static class LatexUnicodeMap
{
    public static readonly FrozenDictionary<char, string> ByCharacter = Build().ToFrozenDictionary();

    private static Dictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>();

        void Math(char c, string command) => map.Add(c, @"\ensuremath{" + command + "}");

        // Greek lower case. ο (omicron) has no command: it is a plain o, in math like its neighbours.
        const string lower = "αβγδεζηθικλμνξοπρςστυφχψω";
        string[] lowerCommands =
        [
            @"\alpha", @"\beta", @"\gamma", @"\delta", @"\varepsilon", @"\zeta", @"\eta", @"\theta", @"\iota",
            @"\kappa", @"\lambda", @"\mu", @"\nu", @"\xi", "o", @"\pi", @"\rho", @"\varsigma", @"\sigma", @"\tau",
            @"\upsilon", @"\varphi", @"\chi", @"\psi", @"\omega",
        ];
        for (var i = 0; i < lower.Length; i++)
        {
            Math(lower[i], lowerCommands[i]);
        }

        // Greek capitals: their own shapes in math, the Latin letter where they look the same.
        const string upper = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ";
        string?[] upperCommands =
        [
            null, null, @"\Gamma", @"\Delta", null, null, null, @"\Theta", null, null, @"\Lambda", null, null,
            @"\Xi", null, @"\Pi", null, @"\Sigma", null, @"\Upsilon", @"\Phi", null, @"\Psi", @"\Omega",
        ];
        const string latinLookAlikes = "ABΓΔEZHΘIKΛMNΞOΠPΣTΥΦXΨΩ";
        for (var i = 0; i < upper.Length; i++)
        {
            if (upperCommands[i] is { } command)
            {
                Math(upper[i], command);
            }
            else
            {
                map.Add(upper[i], latinLookAlikes[i].ToString());
            }
        }

        // Greek symbol variants, as Unicode distinguishes them (U+03B5 ε is \varepsilon, U+03F5 ϵ is \epsilon).
        Math('ϵ', @"\epsilon");
        Math('ϑ', @"\vartheta");
        Math('ϕ', @"\phi");
        Math('ϖ', @"\varpi");
        Math('ϱ', @"\varrho");
        Math('ϰ', @"\varkappa");
        Math('ϝ', @"\digamma");
        Math('\u00B5', @"\mu"); // micro sign, as common in units as the Greek letter

        // Mathematical signs.
        Math('±', @"\pm");
        Math('∓', @"\mp");
        Math('×', @"\times");
        Math('÷', @"\div");
        Math('·', @"\cdot");
        Math('⋅', @"\cdot");
        Math('∙', @"\cdot");
        Math('−', "-");
        Math('≤', @"\leq");
        Math('≥', @"\geq");
        Math('⩽', @"\leqslant");
        Math('⩾', @"\geqslant");
        Math('≠', @"\neq");
        Math('≈', @"\approx");
        Math('≃', @"\simeq");
        Math('≅', @"\cong");
        Math('≡', @"\equiv");
        Math('∼', @"\sim");
        Math('≪', @"\ll");
        Math('≫', @"\gg");
        Math('≲', @"\lesssim");
        Math('≳', @"\gtrsim");
        Math('∝', @"\propto");
        Math('∞', @"\infty");
        Math('√', @"\surd");
        Math('∑', @"\sum");
        Math('∏', @"\prod");
        Math('∫', @"\int");
        Math('∂', @"\partial");
        Math('∆', @"\Delta");
        Math('∇', @"\nabla");
        Math('∈', @"\in");
        Math('∉', @"\notin");
        Math('∩', @"\cap");
        Math('∪', @"\cup");
        Math('⊂', @"\subset");
        Math('⊆', @"\subseteq");
        Math('∀', @"\forall");
        Math('∃', @"\exists");
        Math('∅', @"\emptyset");
        Math('∘', @"\circ");
        Math('∗', @"\ast");
        Math('ℓ', @"\ell");
        Math('ℏ', @"\hbar");
        Math('′', "'"); // in math "'" is a raised prime, without a raw "^" in the output
        Math('″', "''");
        Math('→', @"\rightarrow");
        Math('←', @"\leftarrow");
        Math('↔', @"\leftrightarrow");
        Math('↑', @"\uparrow");
        Math('↓', @"\downarrow");
        Math('⇒', @"\Rightarrow");
        Math('⇐', @"\Leftarrow");
        Math('⇔', @"\Leftrightarrow");
        Math('⟨', @"\langle");
        Math('⟩', @"\rangle");

        // Letters without a decomposition.
        map.Add('ß', @"\ss{}");
        map.Add('æ', @"\ae{}");
        map.Add('Æ', @"\AE{}");
        map.Add('œ', @"\oe{}");
        map.Add('Œ', @"\OE{}");
        map.Add('ø', @"\o{}");
        map.Add('Ø', @"\O{}");
        map.Add('ł', @"\l{}");
        map.Add('Ł', @"\L{}");
        map.Add('å', @"\aa{}");
        map.Add('Å', @"\AA{}");
        map.Add('đ', @"\dj{}");
        map.Add('Đ', @"\DJ{}");
        map.Add('ð', @"\dh{}");
        map.Add('Ð', @"\DH{}");
        map.Add('þ', @"\th{}");
        map.Add('Þ', @"\TH{}");
        map.Add('ŋ', @"\ng{}");
        map.Add('Ŋ', @"\NG{}");
        map.Add('ı', @"\i{}");
        map.Add('ȷ', @"\j{}");
        map.Add('ĳ', @"\ij{}");
        map.Add('Ĳ', @"\IJ{}");
        // Typographic ligatures, common in text copied out of PDFs: the letters, which TeX ligates again.
        map.Add('ﬀ', "ff");
        map.Add('ﬁ', "fi");
        map.Add('ﬂ', "fl");
        map.Add('ﬃ', "ffi");
        map.Add('ﬄ', "ffl");

        // Punctuation.
        map.Add('–', @"\textendash{}");
        map.Add('‒', @"\textendash{}");
        map.Add('—', @"\textemdash{}");
        map.Add('―', @"\textemdash{}");
        map.Add('‐', "-");
        map.Add('‑', @"\mbox{-}"); // non-breaking hyphen
        map.Add('“', @"\textquotedblleft{}");
        map.Add('”', @"\textquotedblright{}");
        map.Add('‘', @"\textquoteleft{}");
        map.Add('’', @"\textquoteright{}");
        map.Add('„', @"\quotedblbase{}");
        map.Add('‚', @"\quotesinglbase{}");
        map.Add('«', @"\guillemotleft{}");
        map.Add('»', @"\guillemotright{}");
        map.Add('‹', @"\guilsinglleft{}");
        map.Add('›', @"\guilsinglright{}");
        map.Add('¡', @"\textexclamdown{}");
        map.Add('¿', @"\textquestiondown{}");
        map.Add('…', @"\ldots{}");
        map.Add('•', @"\textbullet{}");
        map.Add('†', @"\dag{}");
        map.Add('‡', @"\ddag{}");
        map.Add('§', @"\S{}");
        map.Add('¶', @"\P{}");
        map.Add('‖', @"\textbardbl{}");
        map.Add('⁄', @"\textfractionsolidus{}");

        // Signs and units (textcomp).
        map.Add('°', @"\textdegree{}");
        map.Add('℃', @"\textcelsius{}");
        map.Add('‰', @"\textperthousand{}");
        map.Add('‱', @"\textpertenthousand{}");
        map.Add('€', @"\texteuro{}");
        map.Add('£', @"\textsterling{}");
        map.Add('¥', @"\textyen{}");
        map.Add('¢', @"\textcent{}");
        map.Add('¤', @"\textcurrency{}");
        map.Add('©', @"\textcopyright{}");
        map.Add('®', @"\textregistered{}");
        map.Add('™', @"\texttrademark{}");
        map.Add('¬', @"\textlnot{}");
        map.Add('¦', @"\textbrokenbar{}");
        map.Add('¼', @"\textonequarter{}");
        map.Add('½', @"\textonehalf{}");
        map.Add('¾', @"\textthreequarters{}");
        map.Add('ª', @"\textordfeminine{}");
        map.Add('º', @"\textordmasculine{}");
        map.Add('№', @"\textnumero{}");
        map.Add('\u2126', @"\ensuremath{\Omega}"); // ohm sign: TS1's own glyph reads back as "W"
        map.Add('¨', @"\textasciidieresis{}");
        map.Add('´', @"\textasciiacute{}");
        map.Add('¯', @"\textasciimacron{}");

        // Spaces. Space-like characters print as one; the no-break ones keep their words together.
        map.Add('\u00A0', "~");
        map.Add('\u2007', "~");
        map.Add('\u202F', "~");
        map.Add('\u00AD', @"\-"); // soft hyphen: a hyphenation point, invisible otherwise
        foreach (var space in "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200A\u205F\u3000")
        {
            map.Add(space, " ");
        }

        return map;
    }
}

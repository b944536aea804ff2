using System.Text;

namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>
/// Turns a <see cref="TextBlock"/>'s spans into words of runs: resolves each span's style against the block and
/// document defaults, picks a face per character through <see cref="FontFallback"/> (reporting characters no
/// font has), and measures each run.
/// </summary>
internal static class TextShaper
{
    /// <summary>Superscript/subscript size relative to the span's size.</summary>
    private const float ScriptScale = 0.6f;

    /// <summary>How far a superscript is raised, relative to the span's size (stays inside the line's ascent).</summary>
    private const float SuperscriptRise = 0.33f;

    /// <summary>How far a subscript is lowered, relative to the span's size.</summary>
    private const float SubscriptDrop = 0.12f;

    public static ShapedParagraph Shape(TextBlock block, RenderSession session)
    {
        var defaults = session.Settings.Text;
        var fonts = session.Fonts;
        var element = ElementNames.Describe(block);
        var words = new WordCollector(fonts);

        foreach (var span in block.Spans)
        {
            var style = span.Style.Over(block.Style);
            var size = style.Size ?? block.Style.Size ?? defaults.FontSize;
            var faceStyle = (style.Bold == true ? FaceStyle.Bold : FaceStyle.Regular) | (style.Italic == true ? FaceStyle.Italic : FaceStyle.Regular);
            var family = FamilyIndex(style.FontFamily, fonts.Set, element);
            var (drawSize, shift) = style.Superscript == true ? (size * ScriptScale, -size * SuperscriptRise)
                : style.Subscript == true ? (size * ScriptScale, size * SubscriptDrop)
                : (size, 0f);
            var run = new RunStyle(drawSize, size, shift, style.Color ?? defaults.Color, style.Underline == true, span.Uri, span.Destination);
            var primary = fonts.Set.Families[family].Face(faceStyle);

            foreach (var rune in span.Text.EnumerateRunes())
            {
                switch (rune.Value)
                {
                    case '\n':
                        words.LineBreak();
                        break;
                    case '\u200B': // zero-width space: a break opportunity, nothing drawn
                        words.EndWord();
                        break;
                    case '\r' or '\u00AD': // carriage returns and soft hyphens take no room
                        break;
                    default:
                        if (IsCollapsibleSpace(rune))
                            words.Space(primary, run);
                        else if (!Rune.IsControl(rune))
                            words.Add(rune, FaceFor(rune, faceStyle, family, primary, fonts, session, element, span.Text), run);
                        break;
                }
            }
        }

        var lineHeight = block.LineHeight ?? defaults.LineHeight;
        var blockSize = block.Style.Size ?? defaults.FontSize;
        var blockFace = fonts.Set.Families[FamilyIndex(block.Style.FontFamily, fonts.Set, element)].Face(FaceStyle.Regular);
        return new ShapedParagraph(words.Finish(), block.Alignment, lineHeight, blockSize, blockFace, fonts);
    }

    /// <summary>Ordinary spaces and tabs separate words; no-break spaces (U+00A0, U+202F, U+2007) do not.</summary>
    private static bool IsCollapsibleSpace(Rune rune) =>
        rune.Value is ' ' or '\t' || (Rune.IsWhiteSpace(rune) && rune.Value is not ('\u00A0' or '\u202F' or '\u2007') && !Rune.IsControl(rune));

    private static int FamilyIndex(string? family, FontSet set, string element)
    {
        if (family is null)
            return 0;
        var index = set.IndexOf(family);
        return index >= 0 ? index : throw new LayoutException(
            $"{element} asks for font family '{family}', which the document's FontSet does not contain " +
            $"(it has: {string.Join(", ", set.Families.Select(f => f.Name))}).");
    }

    private static ResolvedFace FaceFor(Rune rune, FaceStyle style, int family, ResolvedFace primary, FontCache fonts, RenderSession session, string element, string text)
    {
        if (fonts.Fallback.Resolve(rune.Value, style, family) is { } face)
            return face;
        session.Warnings.Add(new LayoutWarning(
            LayoutWarningKind.MissingGlyph,
            $"No font has a glyph for '{rune}' (U+{rune.Value:X4}) in {element}: \"{Excerpt(text)}\". It is drawn as a box.",
            element,
            text,
            rune.Value));
        return primary;
    }

    private static string Excerpt(string text) => text.Length <= 80 ? text : text[..77] + "...";
}

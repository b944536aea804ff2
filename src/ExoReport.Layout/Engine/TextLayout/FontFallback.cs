using SkiaSharp;

namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>
/// Finds a face that has a character: the requested family (styled face, then its regular face with the style
/// faked), the other families of the set in order, then every installed family when the set allows it.
/// Answers are cached per (character, style, family); null means no font has the character.
/// </summary>
internal sealed class FontFallback : IDisposable
{
    private readonly FontSet _set;
    private readonly Dictionary<(int CodePoint, FaceStyle Style, int Family), ResolvedFace?> _answers = [];
    private List<SKTypeface>? _installed;

    // Most characters are ASCII, met in long stretches of one style: a table per (style, family), the last one at hand.
    private readonly Dictionary<(FaceStyle Style, int Family), AsciiAnswers> _ascii = [];
    private (FaceStyle Style, int Family) _lastAsciiKey = (FaceStyle.Regular, -1);
    private AsciiAnswers? _lastAscii;

    public FontFallback(FontSet set)
    {
        _set = set;
    }

    public ResolvedFace? Resolve(int codePoint, FaceStyle style, int family)
    {
        if (codePoint < AsciiAnswers.Size)
        {
            var answers = Ascii(style, family);
            if (!answers.TryGet(codePoint, out var known))
                answers.Set(codePoint, known = Search(codePoint, style, family));
            return known;
        }
        var key = (codePoint, style, family);
        if (!_answers.TryGetValue(key, out var face))
        {
            face = Search(codePoint, style, family);
            _answers.Add(key, face);
        }
        return face;
    }

    public void Dispose()
    {
        foreach (var typeface in _installed ?? [])
            typeface.Dispose();
    }

    private AsciiAnswers Ascii(FaceStyle style, int family)
    {
        if (_lastAscii is not null && _lastAsciiKey == (style, family))
            return _lastAscii;
        if (!_ascii.TryGetValue((style, family), out var answers))
        {
            answers = new AsciiAnswers();
            _ascii.Add((style, family), answers);
        }
        (_lastAsciiKey, _lastAscii) = ((style, family), answers);
        return answers;
    }

    private ResolvedFace? Search(int codePoint, FaceStyle style, int family)
    {
        foreach (var index in FamilyOrder(family))
        {
            var candidate = _set.Families[index];
            var styled = candidate.Face(style);
            if (styled.Has(codePoint))
                return styled;
            var faked = candidate.FakedFromRegular(style);
            if (faked.Has(codePoint))
                return faked;
        }
        if (!_set.SearchesAllSystemFonts)
            return null;
        foreach (var typeface in Installed())
        {
            if (typeface.ContainsGlyph(codePoint))
                return new ResolvedFace(typeface, style.HasFlag(FaceStyle.Bold), style.HasFlag(FaceStyle.Italic));
        }
        return null;
    }

    private IEnumerable<int> FamilyOrder(int preferred)
    {
        yield return preferred;
        for (var i = 0; i < _set.Families.Count; i++)
        {
            if (i != preferred)
                yield return i;
        }
    }

    /// <summary>Every installed family's regular face, in name order so the choice is deterministic.</summary>
    private List<SKTypeface> Installed()
    {
        if (_installed is null)
        {
            _installed = [];
            var manager = SKFontManager.Default;
            foreach (var name in manager.GetFontFamilies().Distinct().Order(StringComparer.Ordinal))
            {
                if (manager.MatchFamily(name) is { } typeface)
                    _installed.Add(typeface);
            }
        }
        return _installed;
    }
}

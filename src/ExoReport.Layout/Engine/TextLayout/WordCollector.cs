using System.Text;

namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>
/// Gathers characters into runs and runs into words while the shaper walks the spans. Runs of the same face and
/// style merge; a space ends a word (consecutive spaces collapse into one, as in HTML); "\n" forces a line break.
/// </summary>
internal sealed class WordCollector
{
    private readonly FontCache _fonts;
    private readonly List<TextWord> _words = [];
    private readonly List<ShapedRun> _runs = [];
    private char[] _text = new char[64];
    private int _length;
    private ResolvedFace? _face;
    private RunStyle? _style;

    public WordCollector(FontCache fonts)
    {
        _fonts = fonts;
    }

    public void Add(Rune rune, ResolvedFace face, RunStyle style)
    {
        if (_face != face || _style != style)
        {
            FlushRun();
            _face = face;
            _style = style;
        }
        // Appended as UTF-16 units, not through rune.ToString(): a string per character adds up (a 10,000-study
        // report shapes about ten million characters).
        if (_length + 2 > _text.Length)
            Array.Resize(ref _text, _text.Length * 2);
        _length += rune.EncodeToUtf16(_text.AsSpan(_length));
    }

    /// <summary>A space: ends the word; its width (in the span's font) becomes the word's space after.</summary>
    public void Space(ResolvedFace face, RunStyle style)
    {
        FlushRun();
        if (_runs.Count > 0)
        {
            // The usual case, a space after a word: the word is made once, with its space.
            AddWord(_fonts.Width(face, style.FontSize, " ", out _));
            return;
        }
        if (_words.Count == 0)
            return;
        var last = _words[^1];
        if (last.SpaceAfter == 0 && !last.BreakAfter)
            _words[^1] = last with { SpaceAfter = _fonts.Width(face, style.FontSize, " ", out _) };
    }

    public void LineBreak()
    {
        if (_runs.Count > 0 || _length > 0)
        {
            EndWord();
            _words[^1] = _words[^1] with { BreakAfter = true, SpaceAfter = 0 };
        }
        else if (_words.Count > 0 && !_words[^1].BreakAfter)
        {
            _words[^1] = _words[^1] with { BreakAfter = true, SpaceAfter = 0 };
        }
        else
        {
            _words.Add(new TextWord([], 0, 0, BreakAfter: true)); // an empty line
        }
    }

    /// <summary>Closes the current word; false when there was nothing since the last word ended and no word exists.</summary>
    public bool EndWord()
    {
        FlushRun();
        if (_runs.Count > 0)
            AddWord(0);
        return _words.Count > 0;
    }

    private void AddWord(float spaceAfter)
    {
        double width = 0; // summed in double, as Enumerable.Sum did: the same widths to the bit
        foreach (var run in _runs)
            width += run.Width;
        _words.Add(new TextWord(_runs.ToArray(), (float)width, spaceAfter, false));
        _runs.Clear();
    }

    public IReadOnlyList<TextWord> Finish()
    {
        EndWord();
        return _words;
    }

    private void FlushRun()
    {
        if (_length == 0 || _face is null || _style is null)
            return;
        var width = _fonts.Width(_face, _style.FontSize, _text.AsSpan(0, _length), out var text);
        _length = 0;
        _runs.Add(new ShapedRun(text, _face, _style.FontSize, _style.NominalSize, _style.BaselineShift, width,
            _style.Color, _style.Underline, _style.Uri, _style.Destination));
    }
}

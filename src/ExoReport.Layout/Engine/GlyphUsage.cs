using SkiaSharp;

namespace ExoReport.Layout.Engine;

/// <summary>The characters one pass drew, per typeface: what each embedded font must hold.</summary>
internal sealed class GlyphUsage
{
    private readonly Dictionary<SKTypeface, Characters> _characters = new(ReferenceEqualityComparer.Instance);

    public IEnumerable<SKTypeface> Typefaces => _characters.Keys;

    public IReadOnlyCollection<int> CharactersOf(SKTypeface typeface) =>
        _characters.TryGetValue(typeface, out var set) ? set.Sorted : [];

    public void Add(SKTypeface typeface, string text) => Add(typeface, text, spaceAfter: false);

    /// <summary>Adds <paramref name="text"/>, and a space when <paramref name="spaceAfter"/> (drawn after the text).</summary>
    public void Add(SKTypeface typeface, string text, bool spaceAfter)
    {
        var set = For(typeface);
        // Every character of every drawn run passes here: a plain char is looked up in a table, not the tree.
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
                set.Add(c);
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                set.Add(char.ConvertToUtf32(c, text[++i]));
            else
                set.Add(0xFFFD); // what EnumerateRunes gives for a lone surrogate
        }
        if (spaceAfter)
            set.Add(' ');
    }

    public void AddAll(GlyphUsage other)
    {
        foreach (var (typeface, characters) in other._characters)
        {
            var set = For(typeface);
            foreach (var c in characters.Sorted)
                set.Add(c);
        }
    }

    /// <summary>Whether every character of <paramref name="other"/> is here too, under the same typeface.</summary>
    public bool Covers(GlyphUsage other) =>
        other._characters.All(pair => _characters.TryGetValue(pair.Key, out var set) && set.Sorted.IsSupersetOf(pair.Value.Sorted));

    private Characters For(SKTypeface typeface)
    {
        if (!_characters.TryGetValue(typeface, out var set))
        {
            set = new Characters();
            _characters.Add(typeface, set);
        }
        return set;
    }

    private sealed class Characters
    {
        private readonly bool[] _basicPlane = new bool[char.MaxValue + 1];

        public SortedSet<int> Sorted { get; } = [];

        public void Add(int character)
        {
            if (character <= char.MaxValue)
            {
                if (_basicPlane[character])
                    return;
                _basicPlane[character] = true;
            }
            Sorted.Add(character);
        }
    }
}

using SkiaSharp;

namespace ExoReport.Layout.Engine;

/// <summary>The characters one pass drew, per typeface: what each embedded font must hold.</summary>
internal sealed class GlyphUsage
{
    private readonly Dictionary<SKTypeface, SortedSet<int>> _characters = new(ReferenceEqualityComparer.Instance);

    public IEnumerable<SKTypeface> Typefaces => _characters.Keys;

    public IReadOnlyCollection<int> CharactersOf(SKTypeface typeface) =>
        _characters.TryGetValue(typeface, out var set) ? set : [];

    public void Add(SKTypeface typeface, string text)
    {
        if (!_characters.TryGetValue(typeface, out var set))
        {
            set = [];
            _characters.Add(typeface, set);
        }
        foreach (var rune in text.EnumerateRunes())
            set.Add(rune.Value);
    }

    public void AddAll(GlyphUsage other)
    {
        foreach (var (typeface, characters) in other._characters)
        {
            if (!_characters.TryGetValue(typeface, out var set))
            {
                set = [];
                _characters.Add(typeface, set);
            }
            set.UnionWith(characters);
        }
    }

    /// <summary>Whether every character of <paramref name="other"/> is here too, under the same typeface.</summary>
    public bool Covers(GlyphUsage other) =>
        other._characters.All(pair => _characters.TryGetValue(pair.Key, out var set) && set.IsSupersetOf(pair.Value));
}

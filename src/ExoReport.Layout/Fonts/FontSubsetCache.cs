using System.Text;
using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>
/// Font subsets kept from one render to the next, for a process that renders the same document again and again
/// (<c>exoreport watch</c>): an edit seldom brings a new character, so the subsets of the render before are
/// usually the ones needed, and cutting them again was a tenth of a rebuild's PDF time. A subset is matched by the
/// whole typeface (the same object) and the exact characters; only the last render's subsets are kept. The PDF is
/// the same with or without it. One render at a time; the caller owns it and disposes it.
/// </summary>
public sealed class FontSubsetCache : IDisposable
{
    private readonly Lock _gate = new();
    private Dictionary<(SKTypeface Face, string Characters), SKTypeface?> _current = new();
    private Dictionary<(SKTypeface Face, string Characters), SKTypeface?> _previous = new();
    private bool _disposed;

    /// <summary>Subsets found made by the render before, over the cache's life.</summary>
    public int Hits { get; private set; }

    /// <summary>Subsets that had to be cut, over the cache's life.</summary>
    public int Misses { get; private set; }

    /// <summary>
    /// Starts a render: the subsets the render before used stay available to it, older ones are released (the
    /// render before has closed its PDF, so nothing draws with them any more).
    /// </summary>
    internal void StartRender()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // What the last render took from here went over to its own set: the rest went unused for a render.
            Release(_previous.Values);
            _previous = _current;
            _current = new();
        }
    }

    /// <summary>The subset of <paramref name="typeface"/> for exactly these characters (owned by the cache), or null when it cannot be cut.</summary>
    internal SKTypeface? Subset(SKTypeface typeface, IReadOnlyCollection<int> characters)
    {
        var key = (typeface, Key(characters));
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_current.TryGetValue(key, out var made))
                return made;
            if (_previous.Remove(key, out made))
            {
                Hits++;
            }
            else
            {
                Misses++;
                made = FontSubsetter.Subset(typeface, characters);
            }
            _current.Add(key, made);
            return made;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            Release(_current.Values);
            Release(_previous.Values);
            _current.Clear();
            _previous.Clear();
        }
    }

    private static void Release(IEnumerable<SKTypeface?> subsets)
    {
        foreach (var subset in subsets)
            subset?.Dispose();
    }

    /// <summary>The characters (sorted, distinct, as the glyph usage gives them) as one string.</summary>
    private static string Key(IReadOnlyCollection<int> characters)
    {
        var key = new StringBuilder(characters.Count);
        foreach (var character in characters)
            key.Append(char.ConvertFromUtf32(character));
        return key.ToString();
    }
}

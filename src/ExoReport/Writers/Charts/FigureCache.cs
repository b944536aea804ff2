namespace ExoReport.Writers.Charts;

/// <summary>
/// Rendered charts kept from one build to the next in a running process (<c>exoreport watch</c>): a rebuild after
/// an edit that leaves a chart's content unchanged reuses its SVG, PNG and PDF and its settled plot, and only draws
/// it onto the new report's pages. Charts are matched by content (<see cref="ChartContentKey"/>: data, size,
/// caption, id), never by object identity, since each build makes new definitions. Only the last build's charts
/// are kept. It also keeps the report PDF's font subsets between builds (<see cref="FontSubsets"/>). It serves one
/// build at a time; the caller owns it and disposes it.
/// </summary>
public sealed class FigureCache : IDisposable
{
    private readonly Lock _gate = new();
    private readonly ChartContentKey _keys = new();
    private Dictionary<string, RenderedChart> _kept = new(StringComparer.Ordinal);
    private Dictionary<string, RenderedChart>? _building;
    private readonly Layout.FontSubsetCache _fontSubsets = new();
    private bool _disposed;

    /// <summary>The report PDF's font subsets, kept from one build to the next (an edit seldom brings a new character).</summary>
    internal Layout.FontSubsetCache FontSubsets => _fontSubsets;

    /// <summary>Charts of a build found unchanged from the build before, over the cache's life.</summary>
    public int Hits { get; private set; }

    /// <summary>Charts of a build that were new or changed, over the cache's life.</summary>
    public int Misses { get; private set; }

    /// <summary>Starts a build; dispose what it returns when the build is done (see <see cref="ChartRenders"/>).</summary>
    /// <exception cref="InvalidOperationException">Another build from this cache has not ended.</exception>
    public ChartRenders StartBuild()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_building is not null)
                throw new InvalidOperationException("A figure cache serves one build at a time; the previous build has not ended.");
            _building = new Dictionary<string, RenderedChart>(StringComparer.Ordinal);
        }
        return new ChartRenders(this);
    }

    /// <summary>The chart of the build before if its content is the same, else a new one.</summary>
    internal RenderedChart Take(ChartDefinition chart)
    {
        string key = _keys.For(chart);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Dictionary<string, RenderedChart> building = _building
                ?? throw new InvalidOperationException("No build has been started from this figure cache.");
            if (building.TryGetValue(key, out RenderedChart? same))
                return same;
            if (_kept.Remove(key, out RenderedChart? kept))
            {
                Hits++;
            }
            else
            {
                Misses++;
                kept = new RenderedChart(chart);
            }
            building.Add(key, kept);
            return kept;
        }
    }

    /// <summary>Keeps the ending build's charts for the next; the charts it did not use are released.</summary>
    internal void EndBuild()
    {
        lock (_gate)
        {
            if (_building is null)
                return;
            foreach (RenderedChart stale in _kept.Values)
                stale.Dispose();
            _kept = _building;
            _building = null;
            if (_disposed)
                Release();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            // A build still running keeps its charts until it ends (EndBuild releases them then).
            if (_building is null)
                Release();
        }
    }

    private void Release()
    {
        _fontSubsets.Dispose();
        foreach (RenderedChart rendered in _kept.Values)
            rendered.Dispose();
        _kept.Clear();
    }
}

namespace ExoReport.Writers.Charts;

/// <summary>
/// The charts of one build, each a <see cref="RenderedChart"/> that every writer of the build shares: the figure
/// files and the PDF's pages are made side by side and ask for the same charts, which are then built and rendered
/// once. Started from a <see cref="FigureCache"/>, a chart whose content has not changed since the cache's last
/// build is that build's chart, its outputs already made. Safe to use from several threads. Disposing it ends the
/// build: its own charts are released, or the cache keeps this build's charts and releases the rest.
/// </summary>
public sealed class ChartRenders : IDisposable
{
    private readonly Lock _gate = new();
    // A definition is asked for by each writer; the content key is computed once per definition.
    private readonly Dictionary<ChartDefinition, RenderedChart> _charts = new(ReferenceEqualityComparer.Instance);
    private readonly FigureCache? _cache;
    private bool _disposed;

    /// <summary>Charts for one build, made afresh and released when it is disposed.</summary>
    public ChartRenders()
    {
    }

    internal ChartRenders(FigureCache cache)
    {
        _cache = cache;
    }

    /// <summary>The font subsets kept between builds when started from a <see cref="FigureCache"/>, else null.</summary>
    internal Layout.FontSubsetCache? FontSubsets => _cache?.FontSubsets;

    /// <summary>The rendered chart for <paramref name="chart"/>: the same object each time it is asked for in this build.</summary>
    public RenderedChart For(ChartDefinition chart)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_charts.TryGetValue(chart, out RenderedChart? rendered))
            {
                rendered = _cache?.Take(chart) ?? new RenderedChart(chart);
                _charts.Add(chart, rendered);
            }
            return rendered;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            if (_cache is not null)
            {
                _cache.EndBuild();
                return;
            }
            foreach (RenderedChart rendered in _charts.Values.Distinct())
                rendered.Dispose();
        }
    }
}

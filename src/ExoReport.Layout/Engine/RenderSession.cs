using ExoReport.Layout.Engine.TableLayout;
using ExoReport.Layout.Engine.TextLayout;

namespace ExoReport.Layout.Engine;

/// <summary>
/// What one <see cref="PdfRenderer.Render(Document)"/> call shares between its passes: fonts, caches of
/// pure computations (shaped text, table grids) and the warnings. Caches hold only results that depend on the
/// immutable elements, so sharing them cannot make two passes differ.
/// </summary>
internal sealed class RenderSession : IDisposable
{
    private readonly Dictionary<TextBlock, ShapedParagraph> _paragraphs = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Table, TableGrid> _grids = new(ReferenceEqualityComparer.Instance);
    private long _cachedWords;

    /// <summary>Shaped words (about 200 bytes each with their runs and lines) kept for the next pass.</summary>
    private const long CachedWordBudget = 300_000;

    public RenderSession(DocumentSettings settings)
    {
        Settings = settings;
        Fonts = new FontCache(settings.Fonts);
        Warnings = new WarningCollector();
    }

    public DocumentSettings Settings { get; }

    public FontCache Fonts { get; }

    public WarningCollector Warnings { get; }

    public PaintCache Paints { get; } = new();

    public ShapedParagraph Paragraph(TextBlock block)
    {
        if (!_paragraphs.TryGetValue(block, out var paragraph))
        {
            paragraph = TextShaper.Shape(block, this);
            _paragraphs.Add(block, paragraph);
            _cachedWords += paragraph.Words.Count;
        }
        return paragraph;
    }

    /// <summary>
    /// Drops a completely drawn paragraph once the cache holds more than <see cref="CachedWordBudget"/> words:
    /// nothing in this pass asks for it again, and keeping every shaped paragraph of a very long document until
    /// the end held most of its memory (10,000 studies: over 768 MB). A later pass shapes it anew, with the same
    /// result; below the budget (a 1,000-study report) every paragraph is kept, and shaped only once.
    /// </summary>
    public void Forget(TextBlock block)
    {
        if (_cachedWords <= CachedWordBudget || !_paragraphs.Remove(block, out var paragraph))
            return;
        _cachedWords -= paragraph.Words.Count;
    }

    public TableGrid Grid(Table table)
    {
        if (!_grids.TryGetValue(table, out var grid))
        {
            grid = TableGridBuilder.Build(table);
            _grids.Add(table, grid);
        }
        return grid;
    }

    public void Dispose()
    {
        Fonts.Dispose();
        Paints.Dispose();
    }
}

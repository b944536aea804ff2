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
        }
        return paragraph;
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

using ExoReport.Layout;
using SkiaSharp;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// The report's typography in one place: sizes, colours and the few building blocks every section uses
/// (headings, paragraphs, table cells), so all sections look alike. Text is set in the body family; tables,
/// header and footer in the table family.
/// </summary>
internal sealed record PdfStyles(string BodyFamily, string TableFamily)
{
    public const float BodySize = 10f;
    public const float TitleSize = 18f;
    public const float SectionSize = 13f;
    public const float SubsectionSize = 11f;
    public const float TableSize = 8f;
    public const float SmallTableSize = 7.5f;
    public const float CaptionSize = 9f;
    public const float ReferenceSize = 8.5f;
    public const float FurnitureSize = 7.5f;

    /// <summary>
    /// Horizontal inset of everything inside the margins. Text is placed by its advance origin, but some glyphs
    /// reach beyond it (an italic "A" or "J" starts left of its origin, an italic "f" ends right of its
    /// advance): the inset keeps their ink inside the margins too.
    /// </summary>
    public const float OpticalInset = 1.5f;

    /// <summary>Vertical space between the blocks of a section.</summary>
    public const float BlockSpacing = 6f;

    /// <summary>Vertical space between two items of one table cell (they print on separate lines).</summary>
    public const float ItemSpacing = 2f;

    public static readonly SKColor Ink = new(0x1A, 0x1A, 0x1A);
    public static readonly SKColor Accent = new(0x1F, 0x3A, 0x5F);
    public static readonly SKColor Muted = new(0x5C, 0x63, 0x6E);
    public static readonly SKColor LinkColor = new(0x1A, 0x4F, 0x9C);
    public static readonly SKColor Rule = new(0x9A, 0xA5, 0xB1);
    public static readonly SKColor HeaderFill = new(0xE3, 0xE9, 0xF0);
    public static readonly SKColor ZebraFill = new(0xF5, 0xF6, 0xF8);
    public static readonly SKColor GridLine = new(0xB4, 0xBC, 0xC6);

    /// <summary>A cell with no evidence: tinted so gaps stand out in the evidence matrix.</summary>
    public static readonly SKColor GapFill = new(0xFB, 0xF0, 0xE4);

    public TextStyle Body => new() { FontFamily = BodyFamily, Size = BodySize, Color = Ink };

    public TextStyle Table(float size) => new() { FontFamily = TableFamily, Size = size, Color = Ink };

    public TextBlock Title(string text) =>
        new(Span.Bold(text)) { Style = Body with { Size = TitleSize, Color = Accent }, LineHeight = 1.2f };

    public TextBlock Paragraph(params IEnumerable<TextSpan> spans) => new(spans) { Style = Body, LineHeight = 1.3f };

    public TextBlock Paragraph(float size, params IEnumerable<TextSpan> spans) => new(spans) { Style = Body with { Size = size }, LineHeight = 1.3f };

    /// <summary>A numbered-section-like heading with a rule under it; space above separates it from the previous section.</summary>
    public Element SectionHeading(string text) =>
        Border.Below(new TextBlock(Span.Bold(text)) { Style = Body with { Size = SectionSize, Color = Accent }, LineHeight = 1.2f }.Padding(0, 0, 0, 2), 0.6f, Rule)
            .Padding(0, 10, 0, 2);

    public Element SubsectionHeading(string text) =>
        new TextBlock(Span.Bold(text)) { Style = Body with { Size = SubsectionSize, Color = Accent }, LineHeight = 1.2f }.Padding(0, 4, 0, 0);

    public TextBlock Cell(float size, params IEnumerable<TextSpan> spans) => new(spans) { Style = Table(size), LineHeight = 1.2f };

    public TextBlock HeaderCell(float size, string text) => new(Span.Bold(text)) { Style = Table(size), LineHeight = 1.15f };

    /// <summary>The items of a cell on separate lines (each may wrap); "–" for none, as the other formats print.</summary>
    public Element CellLines(float size, IReadOnlyList<string> items) =>
        items.Count switch
        {
            0 => Cell(size, Span.Text(Synthesis.TextDefaults.Missing)),
            1 => Cell(size, Span.Text(items[0])),
            _ => new Column(items.Select(item => (Element)Cell(size, Span.Text(item)))) { Spacing = ItemSpacing },
        };

    /// <summary>A caption line for figures: "Figure N." in bold, then the caption.</summary>
    public TextBlock Caption(string label, string text) =>
        new(Span.Bold(label), Span.Text(" " + text)) { Style = Body with { Size = CaptionSize }, LineHeight = 1.25f };
}

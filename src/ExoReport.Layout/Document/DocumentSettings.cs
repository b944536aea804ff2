namespace ExoReport.Layout;

/// <summary>Page geometry, fonts, metadata and limits for one document.</summary>
public sealed record DocumentSettings
{
    public DocumentSettings(FontSet fonts)
    {
        Fonts = fonts;
    }

    public FontSet Fonts { get; init; }

    public PageSize PageSize { get; init; } = PageSize.A4;

    /// <summary>2 cm on every side by default.</summary>
    public Margins Margins { get; init; } = Margins.Millimetres(20, 20, 20, 20);

    public DocumentMetadata Metadata { get; init; } = new();

    public TextDefaults Text { get; init; } = new();

    /// <summary>Space between the header and the content, in points.</summary>
    public float HeaderSpacing { get; init; } = 8f;

    /// <summary>Space between the content and the footer, in points.</summary>
    public float FooterSpacing { get; init; } = 8f;

    /// <summary>
    /// Embeds in the PDF only the glyphs the document draws, not whole font files (see <see cref="FontSubsetter"/>):
    /// much smaller and faster to write; text, layout and extracted text are the same either way.
    /// </summary>
    public bool SubsetFonts { get; init; } = true;

    /// <summary>
    /// Where font subsets are kept between renders of a document that is rendered again and again (a watch's
    /// rebuilds); null cuts them afresh each time. The PDF is the same either way.
    /// </summary>
    public FontSubsetCache? SubsetCache { get; init; }

    /// <summary>
    /// The PDF is painted from what the counting pass drew (kept as drawing operations, ~50 bytes each) when that
    /// is at most this many operations; a larger document is laid out a second time to draw it, which needs less
    /// memory. 0 always lays out twice. The PDF is the same either way. The default records a 10,000-study review
    /// (2.1 million operations, about 100 MB, 5,000 pages): laying that out twice took twice as long (56 s against
    /// 28 s), which broke the scaling bound of 11 times the 1,000-study time, for 50 MB less at peak.
    /// </summary>
    public long RecordedDrawingLimit { get; init; } = 4_000_000;

    /// <summary>A document that needs more pages than this fails with a <see cref="LayoutException"/>.</summary>
    public int MaxPages { get; init; } = 10_000;
}

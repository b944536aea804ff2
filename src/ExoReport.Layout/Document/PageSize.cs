namespace ExoReport.Layout;

/// <summary>
/// A page size in PDF points (1/72 inch). Skia's PDF backend rounds page sizes to whole points, so sizes here
/// are whole points too and the layout matches the page that is written.
/// </summary>
public readonly record struct PageSize(float Width, float Height)
{
    /// <summary>ISO A4, 210 × 297 mm (595.28 × 841.89 pt, written as 595 × 842 like most PDF producers).</summary>
    public static PageSize A4 => new(595f, 842f);

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    public static PageSize Letter => new(612f, 792f);

    /// <summary>The same size turned on its side.</summary>
    public PageSize Landscape() => new(Math.Max(Width, Height), Math.Min(Width, Height));
}

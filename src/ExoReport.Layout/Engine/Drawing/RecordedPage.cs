namespace ExoReport.Layout.Engine.Drawing;

/// <summary>
/// What the counting pass drew on one page: its body (a range of the document's record), and the heights its
/// header and footer took (null: none). The header and footer themselves are drawn again once the page count is
/// known (<see cref="Bands"/>).
/// </summary>
internal sealed class RecordedPage
{
    public RecordedPage(float width, float height, float? headerHeight, float? footerHeight, DrawOpList record, int bodyStart, int bodyCount)
    {
        Width = width;
        Height = height;
        HeaderHeight = headerHeight;
        FooterHeight = footerHeight;
        Record = record;
        BodyStart = bodyStart;
        BodyCount = bodyCount;
    }

    public float Width { get; }

    public float Height { get; }

    public float? HeaderHeight { get; }

    public float? FooterHeight { get; }

    private DrawOpList Record { get; }

    private int BodyStart { get; }

    private int BodyCount { get; }

    /// <summary>The header and footer drawn with the final page count, before the body (the drawing pass's order).</summary>
    public DrawOp[] Bands { get; set; } = [];

    public void ReplayOnto(IPageDrawing drawing)
    {
        foreach (var op in Bands)
            op.ReplayOnto(drawing);
        Record.ReplayOnto(drawing, BodyStart, BodyCount);
    }
}

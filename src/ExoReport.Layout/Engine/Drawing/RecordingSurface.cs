namespace ExoReport.Layout.Engine.Drawing;

/// <summary>
/// The counting pass's pages, kept as drawing operations so the PDF can be painted from them instead of laying
/// the document out a second time. Past <see cref="DocumentSettings.RecordedDrawingLimit"/> operations the
/// record is dropped (memory: a 10,000-study report would hold millions) and the pass only counts, as before.
/// </summary>
internal sealed class RecordingSurface : IPageSurface
{
    private readonly long _limit;
    private readonly List<RecordedPage> _pages = [];
    private List<DrawOp>? _ops;
    private int _bodyStart;
    private float? _headerHeight;
    private float? _footerHeight;
    private float _width;
    private float _height;
    private long _recorded;

    public RecordingSurface(long limit)
    {
        _limit = limit;
        IsRecording = limit > 0;
    }

    public bool IsRecording { get; private set; }

    /// <summary>The recorded pages, or null once the record was dropped.</summary>
    public IReadOnlyList<RecordedPage>? Pages => IsRecording ? _pages : null;

    public IPageDrawing BeginPage(float width, float height)
    {
        if (!IsRecording)
            return NullPageDrawing.Instance;
        (_width, _height, _bodyStart) = (width, height, 0);
        _ops = [];
        return new RecordingPageDrawing(_ops);
    }

    public void BeginBody(float? headerHeight, float? footerHeight)
    {
        // The header and footer drawn so far used a page count of 0: they are drawn again with the real count.
        (_headerHeight, _footerHeight, _bodyStart) = (headerHeight, footerHeight, _ops?.Count ?? 0);
    }

    public void EndPage()
    {
        if (!IsRecording || _ops is null)
            return;
        var body = _ops.GetRange(_bodyStart, _ops.Count - _bodyStart).ToArray();
        _ops = null;
        _pages.Add(new RecordedPage(_width, _height, _headerHeight, _footerHeight, body));
        _recorded += body.Length;
        if (_recorded > _limit)
            Abandon();
    }

    /// <summary>Drops the record: the document will be laid out again to draw it.</summary>
    public void Abandon()
    {
        IsRecording = false;
        _ops = null;
        _pages.Clear();
        _pages.TrimExcess();
    }
}

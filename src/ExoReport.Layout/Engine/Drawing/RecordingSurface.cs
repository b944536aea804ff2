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
    private readonly List<DrawOp> _ops = []; // the current page's, reused: only its body is kept, as an array
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
        _ops.Clear();
        return new RecordingPageDrawing(_ops);
    }

    public void BeginBody(float? headerHeight, float? footerHeight)
    {
        // The header and footer drawn so far used a page count of 0: they are drawn again with the real count.
        (_headerHeight, _footerHeight, _bodyStart) = (headerHeight, footerHeight, _ops.Count);
    }

    public void EndPage()
    {
        if (!IsRecording)
            return;
        var body = new DrawOp[_ops.Count - _bodyStart];
        _ops.CopyTo(_bodyStart, body, 0, body.Length);
        _ops.Clear();
        _pages.Add(new RecordedPage(_width, _height, _headerHeight, _footerHeight, body));
        _recorded += body.Length;
        if (_recorded > _limit)
            Abandon();
    }

    /// <summary>Drops the record: the document will be laid out again to draw it.</summary>
    public void Abandon()
    {
        IsRecording = false;
        _ops.Clear();
        _ops.TrimExcess();
        _pages.Clear();
        _pages.TrimExcess();
    }
}

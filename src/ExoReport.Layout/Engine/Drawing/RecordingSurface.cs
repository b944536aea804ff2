namespace ExoReport.Layout.Engine.Drawing;

/// <summary>
/// The counting pass's pages, kept as drawing operations so the PDF can be painted from them instead of laying
/// the document out a second time. Past <see cref="DocumentSettings.RecordedDrawingLimit"/> operations the
/// record is dropped (memory: a 10,000-study report would hold 2 million) and the pass only counts, as before.
/// </summary>
internal sealed class RecordingSurface : IPageSurface
{
    private readonly long _limit;
    private readonly List<RecordedPage> _pages = [];
    private readonly DrawOpList _record = new();       // every page's body, one after the other
    private readonly DrawOpList _provisional = new();  // a page's header and footer drawn with the count unknown
    private RecordingPageDrawing? _drawing;
    private int _bodyStart;
    private float? _headerHeight;
    private float? _footerHeight;
    private float _width;
    private float _height;

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
        (_width, _height, _bodyStart) = (width, height, _record.Count);
        _provisional.Clear();
        _drawing = new RecordingPageDrawing(_provisional);
        return _drawing;
    }

    public void BeginBody(float? headerHeight, float? footerHeight)
    {
        // The header and footer drawn so far used a page count of 0: they are drawn again with the real count.
        (_headerHeight, _footerHeight, _bodyStart) = (headerHeight, footerHeight, _record.Count);
        if (_drawing is not null)
            _drawing.Ops = _record;
    }

    public void EndPage()
    {
        if (!IsRecording)
            return;
        _pages.Add(new RecordedPage(_width, _height, _headerHeight, _footerHeight, _record, _bodyStart, _record.Count - _bodyStart));
        _drawing = null;
        if (_record.Count > _limit)
            Abandon();
    }

    /// <summary>Drops the record: the document will be laid out again to draw it.</summary>
    public void Abandon()
    {
        IsRecording = false;
        _drawing?.Ops = new DrawOpList(); // a page being drawn goes on recording into a list nobody keeps
        _pages.Clear();
        _pages.TrimExcess();
        _record.Release();
        _provisional.Release();
    }
}

using SkiaSharp;

namespace ExoReport.Layout.Engine;

/// <summary>
/// One run over the document (counting pages, or drawing them). Nodes read the current page, canvas and session
/// from here; everything per pass lives here or in the nodes, so passes never leak state into each other.
/// </summary>
internal sealed class LayoutPass
{
    private SKCanvas? _canvas;

    public LayoutPass(RenderSession session, bool isCountingPass)
    {
        Session = session;
        IsCountingPass = isCountingPass;
    }

    public RenderSession Session { get; }

    public DocumentSettings Settings => Session.Settings;

    /// <summary>The counting pass draws onto a no-op canvas; callbacks that only paint can be skipped.</summary>
    public bool IsCountingPass { get; }

    public MeasureTrace Trace { get; } = new();

    public int PageNumber { get; private set; }

    /// <summary>Increases each time the paginator starts laying out a page (or retries one): see <see cref="DeferralMemory"/>.</summary>
    public int Attempt { get; private set; }

    /// <summary>The body height of a whole page: tells "taller than a page" from "taller than what is left".</summary>
    public float PageBodyHeight { get; private set; }

    public SKCanvas Canvas => _canvas ?? throw new InvalidOperationException("Drawing outside a page.");

    public void BeginAttempt(int pageNumber, float pageBodyHeight)
    {
        PageNumber = pageNumber;
        PageBodyHeight = pageBodyHeight;
        Attempt++;
        Trace.Reset();
    }

    public void UseCanvas(SKCanvas? canvas) => _canvas = canvas;
}

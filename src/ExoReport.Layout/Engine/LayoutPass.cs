using ExoReport.Layout.Engine.Drawing;

namespace ExoReport.Layout.Engine;

/// <summary>
/// One run over the document (counting pages, or drawing them). Nodes read the current page, canvas and session
/// from here; everything per pass lives here or in the nodes, so passes never leak state into each other.
/// </summary>
internal sealed class LayoutPass
{
    private readonly Dictionary<string, Element> _destinations = new(StringComparer.Ordinal);
    private readonly List<(string Destination, string Element)> _links = [];
    private IPageDrawing? _drawing;

    public LayoutPass(RenderSession session)
    {
        Session = session;
    }

    /// <summary>The characters this pass drew, per typeface (the counting pass's decide the font subsets).</summary>
    public GlyphUsage Usage { get; } = new();

    public RenderSession Session { get; }

    public DocumentSettings Settings => Session.Settings;

    public MeasureTrace Trace { get; } = new();

    public int PageNumber { get; private set; }

    /// <summary>Increases each time the paginator starts laying out a page (or retries one): see <see cref="DeferralMemory"/>.</summary>
    public int Attempt { get; private set; }

    /// <summary>The body height of a whole page: tells "taller than a page" from "taller than what is left".</summary>
    public float PageBodyHeight { get; private set; }

    public IPageDrawing Drawing => _drawing ?? throw new InvalidOperationException("Drawing outside a page.");

    public void BeginAttempt(int pageNumber, float pageBodyHeight)
    {
        PageNumber = pageNumber;
        PageBodyHeight = pageBodyHeight;
        Attempt++;
        Trace.Reset();
    }

    public void UseDrawing(IPageDrawing? drawing) => _drawing = drawing;

    /// <summary>Destinations declared and internal links noted so far (a header or footer that adds any is not replayed).</summary>
    public int LinkTargetsSeen => _destinations.Count + _links.Count;

    /// <summary>
    /// Registers a named destination; false when the name is already declared (by this element on an earlier
    /// page, or by another element, which is reported).
    /// </summary>
    public bool DeclareDestination(string name, Element element)
    {
        if (_destinations.TryAdd(name, element))
            return true;
        if (!ReferenceEquals(_destinations[name], element))
        {
            var described = ElementNames.Describe(element);
            Session.Warnings.Add(new LayoutWarning(LayoutWarningKind.DuplicateDestination,
                $"{described} declares destination '{name}', already declared by {ElementNames.Describe(_destinations[name])}; links go to the first.",
                described, name));
        }
        return false;
    }

    public void NoteInternalLink(string destination, string element) => _links.Add((destination, element));

    /// <summary>After a drawing pass: every internal link whose destination was never declared.</summary>
    public void ReportUnknownDestinations()
    {
        foreach (var (destination, element) in _links.Where(l => !_destinations.ContainsKey(l.Destination)))
        {
            Session.Warnings.Add(new LayoutWarning(LayoutWarningKind.UnknownDestination,
                $"{element} links to destination '{destination}', which no Destination element declares.", element, destination));
        }
    }
}

using SkiaSharp;

namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>
/// Merges consecutive runs with the same link target on one line into one clickable rectangle (covering the
/// spaces between their words), and emits it as a URI or internal-destination annotation.
/// </summary>
internal sealed class LinkAnnotator
{
    private readonly LayoutPass _pass;
    private readonly string _element;
    private readonly float _top;
    private readonly float _height;
    private ShapedRun? _current;
    private float _left;
    private float _right;

    public LinkAnnotator(LayoutPass pass, string element, float top, float height)
    {
        _pass = pass;
        _element = element;
        _top = top;
        _height = height;
    }

    public void Add(ShapedRun run, float left, float right)
    {
        if (_current is not null && _current.SameLink(run))
        {
            _right = right;
            return;
        }
        Flush();
        if (!run.IsLink)
            return;
        (_current, _left, _right) = (run, left, right);
    }

    public void Flush()
    {
        if (_current is null)
            return;
        var rect = new SKRect(_left, _top, _right, _top + _height);
        if (_current.Uri is { } uri)
        {
            _pass.Drawing.UrlLink(rect, uri);
        }
        else if (_current.Destination is { } destination)
        {
            _pass.Drawing.DestinationLink(rect, destination);
            _pass.NoteInternalLink(destination, _element);
        }
        _current = null;
    }
}

using ExoReport.Layout.Engine;
using ExoReport.Layout.Engine.Nodes;

namespace ExoReport.Layout;

/// <summary>
/// A paragraph of styled spans, wrapped to the available width; flows line by line across pages.
/// "\n" inside a span breaks the line.
/// </summary>
public sealed record TextBlock : Element
{
    public TextBlock(params TextSpan[] spans) : this((IEnumerable<TextSpan>)spans) { }

    public TextBlock(IEnumerable<TextSpan> spans)
    {
        Spans = spans.ToArray();
    }

    public TextBlock(string text) : this(new TextSpan(text)) { }

    public IReadOnlyList<TextSpan> Spans { get; }

    /// <summary>The style every span starts from (size, colour, bold, family ...).</summary>
    public TextStyle Style { get; init; } = TextStyle.Default;

    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    /// <summary>Line height as a multiple of the font size; null takes the document default.</summary>
    public float? LineHeight { get; init; }

    internal override LayoutNode CreateNode(LayoutPass pass) => new TextBlockNode(this, pass);
}

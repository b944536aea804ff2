namespace ExoReport.Layout;

/// <summary>
/// Composes a <see cref="Document"/>: settings first, then header, footer and content in any order.
/// Header and footer are factories because they depend on the page (number, count).
/// </summary>
public sealed class DocumentBuilder
{
    private Func<PageContext, Element>? _header;
    private Func<PageContext, Element>? _footer;
    private Element? _content;

    public DocumentBuilder(DocumentSettings settings)
    {
        Settings = settings;
    }

    public DocumentSettings Settings { get; }

    public DocumentBuilder Header(Func<PageContext, Element> header)
    {
        _header = header;
        return this;
    }

    public DocumentBuilder Footer(Func<PageContext, Element> footer)
    {
        _footer = footer;
        return this;
    }

    public DocumentBuilder Content(Element content)
    {
        _content = content;
        return this;
    }

    /// <summary>The document; content defaults to an empty column (one page with header and footer).</summary>
    public Document Build() => new(Settings, _content ?? new Column(), _header, _footer);
}

namespace ExoReport.Layout;

/// <summary>A complete, immutable document description: settings, optional header and footer factories, content.</summary>
public sealed record Document(
    DocumentSettings Settings,
    Element Content,
    Func<PageContext, Element>? Header = null,
    Func<PageContext, Element>? Footer = null);

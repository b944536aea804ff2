namespace ExoReport.Layout;

/// <summary>
/// A problem that did not stop the render. For a missing glyph: the character, its code point, the element
/// (type and debug name) and the text it occurred in.
/// </summary>
public sealed record LayoutWarning(LayoutWarningKind Kind, string Message, string Element, string Text, int? CodePoint = null);

namespace ExoReport.Layout;

/// <summary>
/// A problem that did not stop the render, with the element it concerns (type and debug name). For a missing
/// glyph: the character's code point and the text it occurred in; for a destination problem, the text is the
/// destination name.
/// </summary>
public sealed record LayoutWarning(LayoutWarningKind Kind, string Message, string Element, string Text, int? CodePoint = null);

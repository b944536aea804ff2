namespace ExoReport.Layout;

/// <summary>Short names for the spans a report writer needs most.</summary>
public static class Span
{
    public static TextSpan Text(string text) => new(text);

    public static TextSpan Bold(string text) => new TextSpan(text).WithBold();

    public static TextSpan Italic(string text) => new TextSpan(text).WithItalic();

    public static TextSpan BoldItalic(string text) => new TextSpan(text).WithBold().WithItalic();

    public static TextSpan Superscript(string text) => new TextSpan(text).WithSuperscript();

    public static TextSpan Subscript(string text) => new TextSpan(text).WithSubscript();

    /// <summary>Text that opens <paramref name="uri"/> when clicked.</summary>
    public static TextSpan LinkUri(string text, string uri) => new TextSpan(text).WithUri(uri);

    /// <summary>Text that jumps to the named <see cref="Destination"/> when clicked.</summary>
    public static TextSpan LinkDestination(string text, string destination) => new TextSpan(text).WithDestination(destination);
}

namespace ExoReport.Layout;

/// <summary>
/// The document cannot be laid out as described: an element that can never fit, too many pages, a bad table
/// shape, an unknown font family. The message names the element (type and debug name).
/// </summary>
public class LayoutException : Exception
{
    public LayoutException(string message) : base(message) { }

    public LayoutException(string message, Exception inner) : base(message, inner) { }
}

namespace ExoReport.Layout;

/// <summary>A font family or face asked for could not be found where it was looked for.</summary>
public sealed class FontNotFoundException : LayoutException
{
    public FontNotFoundException(string message) : base(message) { }
}

namespace ExoReport.Layout.Engine.Drawing;

internal enum DrawOpKind : byte
{
    Rect,
    Text,
    TextAndSpace,
    UrlLink,
    DestinationLink,
    NamedDestination,
    Canvas,
}

namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>The four faces a family may have.</summary>
[Flags]
internal enum FaceStyle
{
    Regular = 0,
    Bold = 1,
    Italic = 2,
    BoldItalic = Bold | Italic,
}

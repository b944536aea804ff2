using SkiaSharp;

namespace ExoReport.Layout.Engine;

/// <summary>Where a pass draws its pages: a PDF document, or nowhere (the counting pass).</summary>
internal interface IPageSurface
{
    SKCanvas BeginPage(float width, float height);

    void EndPage();
}

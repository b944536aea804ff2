namespace ExoReport.Layout.Engine;

/// <summary>Where a pass draws its pages: a PDF document, a record of the operations, or nowhere.</summary>
internal interface IPageSurface
{
    Drawing.IPageDrawing BeginPage(float width, float height);

    /// <summary>The page's header and footer are drawn (with these heights; null: none); its body follows.</summary>
    void BeginBody(float? headerHeight, float? footerHeight);

    void EndPage();
}

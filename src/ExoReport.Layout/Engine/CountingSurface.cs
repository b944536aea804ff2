using ExoReport.Layout.Engine.Drawing;

namespace ExoReport.Layout.Engine;

/// <summary>Pages that go nowhere: the first pass only needs to know how many there are.</summary>
internal sealed class CountingSurface : IPageSurface
{
    public IPageDrawing BeginPage(float width, float height) => NullPageDrawing.Instance;

    public void BeginBody(float? headerHeight, float? footerHeight) { }

    public void EndPage() { }
}

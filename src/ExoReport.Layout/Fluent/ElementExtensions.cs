using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>Wrapping shorthands, so a composition reads inside out: <c>text.Padding(4).Background(grey)</c>.</summary>
public static class ElementExtensions
{
    public static Element Named(this Element element, string name) => element with { Name = name };

    public static Element Padding(this Element element, float all) => new Padding(element, all);

    public static Element Padding(this Element element, float horizontal, float vertical) => new Padding(element, horizontal, vertical);

    public static Element Padding(this Element element, float left, float top, float right, float bottom) =>
        new Padding(element, left, top, right, bottom);

    public static Element Border(this Element element, float width, SKColor color) => new Border(element, width, color);

    public static Element Background(this Element element, SKColor color) => new Background(element, color);

    public static Element KeepTogether(this Element element) => new KeepTogether(element);

    public static Element Destination(this Element element, string name) => new Destination(name, element);
}

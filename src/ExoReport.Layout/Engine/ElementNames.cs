
namespace ExoReport.Layout.Engine;

/// <summary>Human names for elements in messages: "Canvas 'Figure 2'", or just "Canvas" when unnamed.</summary>
internal static class ElementNames
{
    public static string Describe(Element element)
    {
        var type = element.GetType().Name;
        return element.Name is { Length: > 0 } name ? $"{type} '{name}'" : type;
    }
}

namespace ExoReport.Layout.Tests.Support;

/// <summary>
/// Renders test documents with the repository's DejaVu fonts only (no system fallbacks), so results never
/// depend on the fonts of the machine running the tests.
/// </summary>
internal static class TestDocuments
{
    public const float Margin = 50f;

    public static string FontDirectory => Path.Combine(AppContext.BaseDirectory, "fonts");

    public static FontSet Fonts() =>
        FontSet.FromDirectory(FontDirectory, "DejaVu Serif", ["DejaVu Sans"], useSystemFallbacks: false);

    public static PdfRenderResult Render(
        Element content,
        Func<DocumentSettings, DocumentSettings>? configure = null,
        Func<PageContext, Element>? header = null,
        Func<PageContext, Element>? footer = null)
    {
        using var fonts = Fonts();
        var settings = new DocumentSettings(fonts) { Margins = Margins.All(Margin) };
        if (configure is not null)
            settings = configure(settings);
        var builder = new DocumentBuilder(settings).Content(content);
        if (header is not null)
            builder.Header(header);
        if (footer is not null)
            builder.Footer(footer);
        return PdfRenderer.Render(builder);
    }

    /// <summary>A paragraph of numbered words ("w001 w002 ..."), easy to find again in the PDF.</summary>
    public static string NumberedWords(int count, string prefix = "w") =>
        string.Join(" ", Enumerable.Range(1, count).Select(i => $"{prefix}{i:000}"));
}

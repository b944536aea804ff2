using Scriban.Runtime;

namespace ExoReport.Writers.Markdown;

/// <summary>
/// The functions Markdown templates call as <c>md.text</c>, <c>md.cell</c>, <c>md.lines</c>, <c>md.sup</c> and
/// <c>md.link</c>. Each escapes data for GitHub-flavoured Markdown; templates never write raw data.
/// </summary>
public static class MarkdownTemplateFunctions
{
    public static ScriptObject Create()
    {
        var md = new ScriptObject();
        md.Import("text", new Func<string?, string>(s => MarkdownText.Inline(s ?? "")));
        md.Import("cell", new Func<string?, string>(s => MarkdownText.Cell(s ?? "")));
        md.Import("lines", new Func<ScriptArray?, string>(items => MarkdownText.CellLines(Strings(items))));
        md.Import("sup", new Func<string?, string>(Superscript));
        md.Import("link", new Func<string?, string?, string>(Link));
        var functions = new ScriptObject();
        functions.SetValue("md", md, readOnly: true);
        return functions;
    }

    /// <summary>Citation numbers as HTML superscript; the numbers come from the report model, never from data text.</summary>
    private static string Superscript(string? citation) =>
        string.IsNullOrEmpty(citation) ? "" : "<sup>" + MarkdownText.Inline(citation) + "</sup>";

    /// <summary>A link whose text is escaped; a destination that is not a safe URL leaves plain text.</summary>
    private static string Link(string? text, string? url)
    {
        var label = MarkdownText.Inline(text ?? "");
        var destination = url is null ? null : MarkdownText.Url(url);
        return destination is null ? label : $"[{label}]({destination})";
    }

    internal static IEnumerable<string> Strings(ScriptArray? items) =>
        items is null ? [] : items.Select(i => i?.ToString() ?? "");
}

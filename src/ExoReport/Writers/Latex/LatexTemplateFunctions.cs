using System.Globalization;
using System.Text;
using Scriban.Runtime;

namespace ExoReport.Writers.Latex;

/// <summary>
/// The functions LaTeX templates call as <c>tex.text</c>, <c>tex.lines</c>, <c>tex.url</c>, <c>tex.cite</c> and
/// <c>tex.refs</c>, plus <c>tex.preamble</c>. Escaped output is plain ASCII LaTeX, safe for pdflatex and lualatex.
/// </summary>
public static class LatexTemplateFunctions
{
    public static ScriptObject Create()
    {
        var tex = new ScriptObject();
        tex.Import("text", new Func<string?, string>(s => LatexText.Escape(s ?? "")));
        tex.Import("lines", new Func<ScriptArray?, string>(items =>
            LatexText.EscapeLines(items is null ? [] : items.Select(i => i?.ToString() ?? ""))));
        tex.Import("url", new Func<string?, string>(s => LatexText.Url(s ?? "")));
        tex.Import("cite", new Func<ScriptObject?, string>(c => Links(c) is { Length: > 0 } links ? $"\\textsuperscript{{{links}}}" : ""));
        tex.Import("refs", new Func<ScriptObject?, string>(Links));
        tex.SetValue("preamble", LatexText.RequiredPreamble, readOnly: true);
        var functions = new ScriptObject();
        functions.SetValue("tex", tex, readOnly: true);
        return functions;
    }

    /// <summary>Citation segments as links to the reference list ("41,43", "12--15"), from numbers only.</summary>
    private static string Links(ScriptObject? citation)
    {
        if (citation?["segments"] is not ScriptArray segments)
            return "";
        var text = new StringBuilder();
        foreach (var segment in segments.OfType<ScriptObject>())
        {
            var first = Convert.ToInt32(segment["first"], CultureInfo.InvariantCulture);
            var last = Convert.ToInt32(segment["last"], CultureInfo.InvariantCulture);
            if (text.Length > 0)
                text.Append(',');
            text.Append(CultureInfo.InvariantCulture, $"\\hyperlink{{ref-{first}}}{{{first}}}");
            if (last != first)
                text.Append(CultureInfo.InvariantCulture, $"--\\hyperlink{{ref-{last}}}{{{last}}}");
        }
        return text.ToString();
    }
}

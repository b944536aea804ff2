using System.Text;
using ExoReport.Build;
using Scriban.Runtime;

namespace ExoReport.Writers.Templates;

/// <summary>
/// Writes one text format from its template folder: <c>report.scriban</c> becomes <c>report.EXT</c>, and every
/// <c>tables/NAME.scriban</c> becomes the fragment <c>tables/NAME.EXT</c> an author can paste or <c>\input</c>.
/// The report includes the same table templates, so fragments and report never disagree. <paramref name="finish"/>,
/// if given, is the format's last touch on each file's text (LaTeX keeps its lines short).
/// </summary>
public sealed class TemplatedFormatWriter(string formatFolder, string extension, ScriptObject functions, Func<string, string>? finish = null)
{
    public IReadOnlyList<OutputFile> Write(TemplateSet templates, IReadOnlyDictionary<string, object?> data)
    {
        var renderer = new TemplateRenderer(templates, formatFolder, functions);
        var files = new List<OutputFile> { Render(renderer, "report.scriban", $"report.{extension}", data, finish) };
        var tablePrefix = formatFolder + "/tables/";
        foreach (var name in TemplateSet.ShippedNames.Where(n => n.StartsWith(tablePrefix, StringComparison.Ordinal)))
        {
            var stem = Path.GetFileNameWithoutExtension(name[tablePrefix.Length..]);
            files.Add(Render(renderer, "tables/" + stem + ".scriban", $"tables/{stem}.{extension}", data, finish));
        }
        return files;
    }

    private static OutputFile Render(TemplateRenderer renderer, string template, string output, IReadOnlyDictionary<string, object?> data,
        Func<string, string>? finish)
    {
        var text = TextNormalizer.Normalize(renderer.Render(template, data));
        return new OutputFile(output, Encoding.UTF8.GetBytes(finish is null ? text : finish(text)));
    }
}

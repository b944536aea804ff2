using ExoReport.Build;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using ExoReport.Diagnostics;
using SourceSpan = Scriban.Parsing.SourceSpan;

namespace ExoReport.Writers.Templates;

/// <summary>
/// Resolves <c>include "tables/table1"</c> inside one format's folder of the template set. Names that climb out
/// (<c>..</c>, absolute paths, drive letters) are refused, so a template can never read an arbitrary file.
/// </summary>
internal sealed class SandboxedTemplateLoader(TemplateSet templates, string formatFolder) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = TemplateSet.Normalize(templateName);
        if (name is null)
            throw Error(callerSpan, $"include '{templateName}' is outside the templates folder");
        if (!name.EndsWith(".scriban", StringComparison.Ordinal))
            name += ".scriban";
        return formatFolder + "/" + name;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        templates.Read(templatePath)?.Text ?? throw Error(callerSpan, $"included template '{templatePath}' not found");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));

    private static TemplateError Error(SourceSpan span, string message) =>
        new(new Diagnostic(new ExoReport.Diagnostics.SourceSpan(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1),
            Severity.Error, BuildCodes.TemplateIncludeOutside, message));
}

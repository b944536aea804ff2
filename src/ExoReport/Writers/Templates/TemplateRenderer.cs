using ExoReport.Build;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ExoReport.Diagnostics;

namespace ExoReport.Writers.Templates;

/// <summary>
/// Renders one format's templates with bounded loops and recursion, strict variables (an undefined name is an
/// error, not empty output) and errors that name the template file, line and column.
/// </summary>
public sealed class TemplateRenderer(TemplateSet templates, string formatFolder, ScriptObject functions)
{
    public const int LoopLimit = 100_000;
    public const int RecursiveLimit = 64;

    /// <summary>Longest text any one template value may become (an included table, the whole report).</summary>
    public const int MaxOutputCharacters = 1 << 28;

    /// <summary>Renders <paramref name="name"/> (e.g. "report.scriban") with the given globals (plain script data).</summary>
    public string Render(string name, IReadOnlyDictionary<string, object?> data)
    {
        var path = formatFolder + "/" + name;
        var source = templates.Read(path) ?? throw new TemplateError(new Diagnostic(
            new Diagnostics.SourceSpan("templates/" + path, 0, 0), Severity.Error, BuildCodes.TemplateNotFound, $"template '{path}' not found"));
        var template = Template.Parse(source.Text, source.Origin);
        if (template.HasErrors)
            throw new TemplateError(ToDiagnostic(template.Messages.First(m => m.Type == ParserMessageType.Error), BuildCodes.TemplateSyntax));

        var globals = new ScriptObject();
        foreach (var key in functions.Keys)
            globals.SetValue(key, functions[key], readOnly: true);
        foreach (var (key, value) in data)
            globals.SetValue(key, value, readOnly: true);

        var context = new TemplateContext
        {
            StrictVariables = true,
            // A misspelt member ("report.title.titel") is an error too, not silently empty output.
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            // Scriban cuts any value it turns into text at this many characters and appends "...": an included
            // table is such a value, so at 1 Mi characters the report of ~700 studies or more lost the end of
            // Table 1 and everything after it (and its LaTeX no longer compiled). The evidence file's 16 MiB limit
            // bounds the data; this only stops a runaway template.
            LimitToString = MaxOutputCharacters,
            TemplateLoader = new SandboxedTemplateLoader(templates, formatFolder),
            MemberRenamer = StandardMemberRenamer.Default,
            NewLine = "\n",
        };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e) when (Inner<TemplateError>(e) is { } error)
        {
            throw error;
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateError(new Diagnostic(ToSpan(e.Span), Severity.Error, BuildCodes.TemplateRuntime, e.OriginalMessage));
        }
        catch (TemplateError)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            throw new TemplateError(new Diagnostic(new Diagnostics.SourceSpan(source.Origin, 0, 0), Severity.Error, BuildCodes.TemplateRuntime, e.Message));
        }
    }

    private static T? Inner<T>(Exception e) where T : Exception
    {
        for (Exception? current = e.InnerException; current is not null; current = current.InnerException)
            if (current is T match)
                return match;
        return null;
    }

    private static Diagnostic ToDiagnostic(LogMessage message, string code) =>
        new(ToSpan(message.Span), Severity.Error, code, message.Message);

    private static Diagnostics.SourceSpan ToSpan(Scriban.Parsing.SourceSpan span) =>
        new(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1);
}

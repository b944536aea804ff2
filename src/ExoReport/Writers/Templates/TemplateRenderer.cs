using System.Diagnostics;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ExoReport.Diagnostics;

namespace ExoReport.Writers.Templates;

/// <summary>
/// Renders one format's templates with bounded loops, recursion, string sizes, output size and time, strict
/// variables (an undefined name is an error, not empty output) and errors that name the template file, line and
/// column. A bound that is reached is an error: output is never cut short silently.
/// </summary>
public sealed class TemplateRenderer(TemplateSet templates, string formatFolder, ScriptObject functions)
{
    public const int LoopLimit = 100_000;
    public const int RecursiveLimit = 64;

    /// <summary>Longest string a template may make (16 Mi characters, the size limit of an evidence file).</summary>
    public const int MaxStringLength = 16 * 1024 * 1024;

    /// <summary>Most characters one template may write.</summary>
    public const int MaxOutputLength = 64 * 1024 * 1024;

    /// <summary>
    /// Time all templates of one format may take together. The loop limit alone does not bound time: each of
    /// 100,000 iterations may copy a string of megabytes. Shipped templates need a small fraction of this.
    /// </summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Renders <paramref name="name"/> (e.g. "report.scriban") with the given globals (plain script data).</summary>
    public string Render(string name, IReadOnlyDictionary<string, object?> data)
    {
        var path = formatFolder + "/" + name;
        var source = templates.Read(path) ?? throw new TemplateError(new Diagnostic(
            new Diagnostics.SourceSpan("templates/" + path, 0, 0), Severity.Error, "EXO080", $"template '{path}' not found"));
        var template = Template.Parse(source.Text, source.Origin);
        if (template.HasErrors)
            throw new TemplateError(ToDiagnostic(template.Messages.First(m => m.Type == ParserMessageType.Error), "EXO082"));

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
            // Scriban's default for both limits is to truncate, which would drop the end of a report without a word.
            LimitToString = MaxStringLength,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = MaxOutputLength,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            TemplateLoader = new SandboxedTemplateLoader(templates, formatFolder),
            MemberRenamer = StandardMemberRenamer.Default,
            NewLine = "\n",
        };
        context.PushGlobal(globals);
        var remaining = TimeLimit - _clock.Elapsed;
        if (remaining <= TimeSpan.Zero)
            throw new TemplateError(new Diagnostic(new Diagnostics.SourceSpan(source.Origin, 0, 0), Severity.Error, "EXO083", TooSlow()));
        using var deadline = new CancellationTokenSource(remaining);
        context.CancellationToken = deadline.Token;
        try
        {
            return template.Render(context);
        }
        catch (ScriptAbortException e) when (deadline.IsCancellationRequested)
        {
            throw new TemplateError(new Diagnostic(ToSpan(e.Span), Severity.Error, "EXO083", TooSlow() + "; stopped here"));
        }
        catch (ScriptRuntimeException e) when (Inner<TemplateError>(e) is { } error)
        {
            throw error;
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateError(new Diagnostic(ToSpan(e.Span), Severity.Error, "EXO083", Readable(e.OriginalMessage)));
        }
        catch (TemplateError)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            throw new TemplateError(new Diagnostic(new Diagnostics.SourceSpan(source.Origin, 0, 0), Severity.Error, "EXO083", e.Message));
        }
    }

    /// <summary>Scriban's limit messages name its settings; say what the template did instead.</summary>
    private static string Readable(string message) =>
        message.Contains("LimitToString", StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"the template makes a string longer than {MaxStringLength:N0} characters")
            : message.Contains("OutputLimit", StringComparison.Ordinal)
                ? string.Create(CultureInfo.InvariantCulture, $"the template writes more than {MaxOutputLength:N0} characters")
                : message;

    private string TooSlow() => string.Create(CultureInfo.InvariantCulture,
        $"the {formatFolder} templates took longer than {TimeLimit.TotalSeconds:0} s");

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

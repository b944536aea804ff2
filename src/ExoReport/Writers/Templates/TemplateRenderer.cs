using System.Diagnostics;
using System.Globalization;
using ExoReport.Build;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using ExoReport.Diagnostics;

namespace ExoReport.Writers.Templates;

/// <summary>
/// Renders one format's templates with bounded loops, recursion, text sizes (and time, for a user's templates), strict
/// variables (an undefined name is an error, not empty output) and errors that name the template file, line and
/// column. A bound that is reached is an error: output is never cut short silently.
/// </summary>
public sealed class TemplateRenderer(TemplateSet templates, string formatFolder, ScriptObject functions)
{
    public const int LoopLimit = 100_000;
    public const int RecursiveLimit = 64;

    /// <summary>
    /// Longest text any one template value may become (a string, an included table, the whole report): 64 Mi
    /// characters, four times the evidence file's limit. Reaching it is an error, never a silent cut.
    /// </summary>
    public const int MaxOutputCharacters = 1 << 26;

    /// <summary>
    /// Time the templates of one format may take together when a user's template folder is in use. The loop
    /// limit alone does not bound time: each of 100,000 iterations may copy a string of megabytes. The shipped
    /// templates are linear in the data and are not timed, so large evidence files never fail on the clock.
    /// </summary>
    public static readonly TimeSpan UserTemplateTimeLimit = TimeSpan.FromSeconds(4.5);

    private readonly Stopwatch _clock = Stopwatch.StartNew();

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
            // Scriban cuts any value it turns into text at LimitToString characters and appends "...": an included
            // table is such a value, so at 1 Mi characters the report of ~700 studies or more lost the end of
            // Table 1 and everything after it (and its LaTeX no longer compiled). Both limits now throw instead:
            // the evidence file's 16 MiB limit bounds the data, and these stop a runaway template (a string
            // doubled in a loop) before it takes gigabytes.
            LimitToString = MaxOutputCharacters,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = MaxOutputCharacters,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            TemplateLoader = new SandboxedTemplateLoader(templates, formatFolder),
            MemberRenamer = StandardMemberRenamer.Default,
            NewLine = "\n",
        };
        context.PushGlobal(globals);
        var remaining = templates.OverrideRoot is null ? Timeout.InfiniteTimeSpan : UserTemplateTimeLimit - _clock.Elapsed;
        if (templates.OverrideRoot is not null && remaining <= TimeSpan.Zero)
            throw new TemplateError(new Diagnostic(new Diagnostics.SourceSpan(source.Origin, 0, 0), Severity.Error, BuildCodes.TemplateRuntime, TooSlow()));
        using var deadline = new CancellationTokenSource(remaining);
        context.CancellationToken = deadline.Token;
        try
        {
            return template.Render(context);
        }
        catch (ScriptAbortException e) when (deadline.IsCancellationRequested)
        {
            throw new TemplateError(new Diagnostic(ToSpan(e.Span), Severity.Error, BuildCodes.TemplateRuntime, TooSlow() + "; stopped here"));
        }
        catch (ScriptRuntimeException e) when (Inner<TemplateError>(e) is { } error)
        {
            throw error;
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateError(new Diagnostic(ToSpan(e.Span), Severity.Error, BuildCodes.TemplateRuntime, Readable(e.OriginalMessage)));
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

    /// <summary>Scriban's limit messages name its settings; say what the template did instead.</summary>
    private static string Readable(string message) =>
        message.Contains("LimitToString", StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"the template makes a text longer than {MaxOutputCharacters:N0} characters")
            : message.Contains("OutputLimit", StringComparison.Ordinal)
                ? string.Create(CultureInfo.InvariantCulture, $"the template writes more than {MaxOutputCharacters:N0} characters")
                : message;

    private string TooSlow() => string.Create(CultureInfo.InvariantCulture,
        $"the {formatFolder} templates took longer than {UserTemplateTimeLimit.TotalSeconds:0.#} s");

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

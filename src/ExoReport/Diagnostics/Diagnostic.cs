namespace ExoReport.Diagnostics;

/// <summary>One problem a user can fix, in the GNU style: <c>file:line:col: error EXO012: message</c>.</summary>
public sealed record Diagnostic(SourceSpan Where, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Where}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}

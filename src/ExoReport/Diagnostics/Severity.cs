namespace ExoReport.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

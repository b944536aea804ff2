namespace ExoReport.Diagnostics;

/// <summary>How diagnostics are printed: for people and editors (gnu), GitHub Actions annotations, or tools (json).</summary>
public enum DiagnosticFormat
{
    /// <summary><c>file:line:col: error EXO012: message</c>, one per line; editors and compilers read this.</summary>
    Gnu,

    /// <summary><c>::error file=…,line=…,col=…::EXO012 message</c>, which GitHub Actions shows on the pull request.</summary>
    GitHub,

    /// <summary>One JSON array of objects with file, line, column, severity, code and message.</summary>
    Json,
}

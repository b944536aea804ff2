namespace ExoReport.Build;

/// <summary>
/// The diagnostic codes of the steps after loading: synthesis, templates, PDF layout and writing outputs.
/// Each is explained in docs/diagnostics.md (a test keeps the two in step), like <c>EvidenceCodes</c>.
/// </summary>
public static class BuildCodes
{
    public const string OutputNotWritable = "EXO060";
    public const string InitWouldOverwrite = "EXO061"; // or the project folder cannot be created
    public const string GitRevisionUnreadable = "EXO062";
    public const string NumberingUnavailable = "EXO070";
    public const string FiguresTooLarge = "EXO071";
    public const string MatrixTooLarge = "EXO072";
    public const string TemplateNotFound = "EXO080";
    public const string TemplateIncludeOutside = "EXO081";
    public const string TemplateSyntax = "EXO082";
    public const string TemplateRuntime = "EXO083";
    public const string PdfLayout = "EXO090";
    public const string PdfWarning = "EXO091";
}

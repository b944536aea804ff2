namespace ExoReport.Tests.Corpus;

/// <summary>
/// One manifest entry: the outcome, and for builds the strings that must read back as text from every output.
/// <see cref="MarkdownShows"/> and <see cref="LatexShows"/> replace <see cref="Shows"/> for one format where it
/// promises a different rendering (control characters become U+FFFD in Markdown; characters LaTeX has no glyph
/// for become visible [U+XXXX] placeholders; the PDF leaves out a character no font has, with a warning).
/// <see cref="Formats"/> narrows the build (--format) for a case whose other outputs have a known, open problem,
/// which <see cref="KnownIssue"/> states; the runner prints it with the case. <see cref="Seconds"/> likewise
/// widens the time bound for a case whose slowness is a known, stated issue.
/// </summary>
public sealed record CorpusEntry(
    string Name,
    ExpectedOutcome Outcome,
    IReadOnlyList<string> Shows,
    IReadOnlyList<string>? MarkdownShows = null,
    IReadOnlyList<string>? LatexShows = null,
    IReadOnlyList<string>? NeverShows = null,
    string? Evidence = null,
    string? Out = null,
    IReadOnlyList<string>? Args = null,
    IReadOnlyList<string>? PdfShows = null,
    string? Formats = null,
    string? KnownIssue = null,
    string? Seconds = null)
{
    /// <summary>The time bound: <see cref="ResourceBounds.Time"/>, unless a known issue states a longer one.</summary>
    public TimeSpan TimeBound => Seconds is null ? ResourceBounds.Time
        : TimeSpan.FromSeconds(double.Parse(Seconds, System.Globalization.CultureInfo.InvariantCulture));

    public IReadOnlyList<string> ShownInMarkdown => MarkdownShows ?? Shows;
    public IReadOnlyList<string> ShownInLatex => LatexShows ?? Shows;
    public IReadOnlyList<string> ShownInPdf => PdfShows ?? Shows;
}

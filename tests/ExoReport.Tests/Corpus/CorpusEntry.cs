namespace ExoReport.Tests.Corpus;

/// <summary>
/// One manifest entry: the outcome, and for builds the strings that must read back as text from every output.
/// <see cref="MarkdownShows"/> and <see cref="LatexShows"/> replace <see cref="Shows"/> for one format where it
/// promises a different rendering (control characters become U+FFFD in Markdown; characters LaTeX has no glyph
/// for become visible [U+XXXX] placeholders).
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
    IReadOnlyList<string>? Args = null)
{
    public IReadOnlyList<string> ShownInMarkdown => MarkdownShows ?? Shows;
    public IReadOnlyList<string> ShownInLatex => LatexShows ?? Shows;
    public IReadOnlyList<string> ShownInPdf => Shows;
}

using System.Globalization;
using ExoReport.Layout;
using ExoReport.Synthesis.Model;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// Citation numbers as text that links to the reference list: each number jumps to its entry (destination
/// "ref-N"); separators stay plain. A run "12–15" links its first and last number. The text is exactly the
/// citation's <see cref="Citation.Text"/>, so every format prints the same numbers.
/// </summary>
internal static class CitationSpans
{
    public static string Destination(int number) => "ref-" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Raised, small numbers after a text ("Dental pulp MSC³⁹").</summary>
    public static IEnumerable<TextSpan> Superscript(Citation citation) => Inline(citation).Select(s => s.WithSuperscript());

    /// <summary>Numbers on the line, as in a "Ref." column.</summary>
    public static IEnumerable<TextSpan> Inline(Citation citation)
    {
        var first = true;
        foreach (var segment in citation.Segments)
        {
            if (!first)
                yield return Span.Text(",");
            first = false;
            yield return Number(segment.First);
            if (segment.Last != segment.First)
            {
                yield return Span.Text("–");
                yield return Number(segment.Last);
            }
        }
    }

    private static TextSpan Number(int number) =>
        Span.LinkDestination(number.ToString(CultureInfo.InvariantCulture), Destination(number)).WithColor(PdfStyles.LinkColor);
}

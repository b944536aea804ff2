using System.Globalization;
using System.Text;
using ExoReport.Evidence.Model;
using ExoReport.Synthesis.Model;

namespace ExoReport.Synthesis.Sections;

internal static class ReferenceListBuilder
{
    public static IReadOnlyList<ReferenceEntry> Build(CitationNumbering numbering) =>
        numbering.NumberAll().Select(p => new ReferenceEntry(
            p.Number,
            p.Reference.Id,
            Authors(p.Reference),
            Sentence(p.Reference.Title),
            p.Reference.Journal,
            Details(p.Reference),
            p.Reference.Doi,
            p.Reference.Doi is null ? null : "https://doi.org/" + p.Reference.Doi)).ToList();

    /// <summary>Vancouver author list as the review prints it: "Li Y, Lei Z, Ritzel RM, et al".</summary>
    public static string Authors(Reference reference)
    {
        var authors = string.Join(", ", reference.Authors);
        return reference.EtAl ? authors + ", et al" : authors;
    }

    /// <summary>A title ends with its own stop ("...injury?") or gets a period, so no format doubles it.</summary>
    public static string Sentence(string title) =>
        title.Length > 0 && title[^1] is '.' or '?' or '!' ? title : title + ".";

    /// <summary>"2020;143(5):1368–1382", dropping whatever the reference does not give.</summary>
    public static string Details(Reference reference)
    {
        var text = new StringBuilder();
        if (reference.Year is { } year)
            text.Append(year.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(reference.Volume))
        {
            if (text.Length > 0)
                text.Append(';');
            text.Append(reference.Volume);
        }
        if (!string.IsNullOrWhiteSpace(reference.Issue))
            text.Append('(').Append(reference.Issue).Append(')');
        if (!string.IsNullOrWhiteSpace(reference.Pages))
            text.Append(':').Append(reference.Pages);
        return text.ToString();
    }
}

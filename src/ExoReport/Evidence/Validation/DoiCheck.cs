using System.Text.RegularExpressions;

namespace ExoReport.Evidence.Validation;

/// <summary>EXO042: a DOI is written bare, <c>10.NNNN/suffix</c>; writers turn it into a link themselves.</summary>
internal sealed partial class DoiCheck : IEvidenceCheck
{
    public void Run(ValidationContext context)
    {
        if (context.Evidence.Review.Doi is { } reviewDoi)
            Check(context, "/review/doi", reviewDoi);
        for (var i = 0; i < context.Evidence.References.Count; i++)
        {
            if (context.Evidence.References[i].Doi is { } doi)
                Check(context, EvidencePointer.Of("references", i, "doi"), doi);
        }
    }

    private static void Check(ValidationContext context, string pointer, string doi)
    {
        if (DoiPattern().IsMatch(doi))
            return;
        var hint = PrefixPattern().IsMatch(doi)
            ? "; write it without the 'https://doi.org/' or 'doi:' prefix"
            : " (e.g. 10.1093/brain/awaa052)";
        context.Error(pointer, EvidenceCodes.InvalidDoi, $"'{doi}' is not a DOI: expected 10.NNNN/suffix{hint}");
    }

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"^(https?://(dx\.)?doi\.org/|doi:\s*)10\.", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PrefixPattern();
}

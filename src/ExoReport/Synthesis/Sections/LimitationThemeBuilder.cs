using ExoReport.Synthesis.Model;

namespace ExoReport.Synthesis.Sections;

internal static class LimitationThemeBuilder
{
    /// <summary>Themes by how many studies name them (most first); themes no study names are left out.</summary>
    public static IReadOnlyList<LimitationTheme> Build(EvidenceIndex index, CitationNumbering numbering)
    {
        var themes = index.Evidence.Taxonomy.LimitationThemes;
        return themes
            .Select((theme, order) =>
            {
                var studies = index.Studies.Where(s => s.Limitations.Any(l => l.ThemeId == theme.Id)).ToList();
                var mentions = index.Studies.Sum(s => s.Limitations.Count(l => l.ThemeId == theme.Id));
                return (theme, order, studies, mentions);
            })
            .Where(t => t.studies.Count > 0)
            .OrderByDescending(t => t.studies.Count).ThenByDescending(t => t.mentions).ThenBy(t => t.order)
            .Select(t => new LimitationTheme(t.theme.Id, t.theme.Label, t.studies.Count, t.mentions,
                numbering.Cite(t.studies.Select(s => s.ReferenceId))))
            .ToList();
    }
}

using System.Globalization;
using ExoReport.Evidence.Model;
using ExoReport.Synthesis.Model;

namespace ExoReport.Synthesis.Sections;

internal static class EngineeringBuilder
{
    public static IReadOnlyList<EngineeringEntry> Build(EvidenceIndex index, CitationNumbering numbering) =>
        index.Studies.Where(s => s.Engineering is not null).Select(s => new EngineeringEntry(
            StudyId: s.Id,
            Source: index.SourceDisplay(s),
            Strategy: index.Strategies[s.Engineering!.StrategyId].Label,
            Agent: TextDefaults.OrMissing(s.Engineering.Agent),
            Method: TextDefaults.OrMissing(s.Engineering.Method),
            Figures: s.Engineering.Figures.Select(Format).ToList(),
            Citation: numbering.Cite(s.ReferenceId))).ToList();

    /// <summary>"loading efficiency: 17.13 ± 1.64%": digits as written, percent and degree signs set close.</summary>
    public static string Format(ReportedFigure figure)
    {
        var value = figure.Value.ToString(CultureInfo.InvariantCulture);
        if (figure.Sd is { } sd)
            value += " ± " + sd.ToString(CultureInfo.InvariantCulture);
        if (!string.IsNullOrWhiteSpace(figure.Unit))
            value += figure.Unit is "%" or "°" ? figure.Unit : " " + figure.Unit;
        return $"{figure.Measure}: {value}";
    }
}

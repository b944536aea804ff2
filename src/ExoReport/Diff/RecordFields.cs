using System.Globalization;
using ExoReport.Evidence.Model;
using ExoReport.Synthesis.Sections;

namespace ExoReport.Diff;

/// <summary>
/// Flattens studies and references into named text fields ("delivery.route", "findings"), so two versions
/// compare field by field with one generic loop instead of a comparison per property.
/// </summary>
internal static class RecordFields
{
    public static IReadOnlyList<(string Field, string? Value)> Of(Study s) =>
    [
        ("reference", s.ReferenceId),
        ("source", s.SourceId),
        ("source_detail", s.SourceDetail),
        ("model.species", s.Model?.Species),
        ("model.injury", s.Model?.Injury),
        ("delivery.route", s.Delivery?.RouteId),
        ("delivery.wording", s.Delivery?.Wording),
        ("findings", List(s.Findings)),
        ("mechanisms", List(s.MechanismIds)),
        ("effect", s.Effect),
        ("cargo", List(s.Cargo.Select(c => $"{c.Kind}: {c.Name}"))),
        ("pathways", List(s.Pathways)),
        ("engineering.strategy", s.Engineering?.StrategyId),
        ("engineering.method", s.Engineering?.Method),
        ("engineering.agent", s.Engineering?.Agent),
        ("engineering.figures", s.Engineering is null ? null : List(s.Engineering.Figures.Select(EngineeringBuilder.Format))),
        ("limitations", List(s.Limitations.Select(l => $"{l.Text} [{l.ThemeId}]"))),
        ("table1.row", s.Table1?.Row.ToString(CultureInfo.InvariantCulture)),
    ];

    public static IReadOnlyList<(string Field, string? Value)> Of(Reference r) =>
    [
        ("number", r.Number?.ToString(CultureInfo.InvariantCulture)),
        ("authors", ReferenceListBuilder.Authors(r)),
        ("title", r.Title),
        ("journal", r.Journal),
        ("details", ReferenceListBuilder.Details(r)),
        ("doi", r.Doi),
    ];

    public static IReadOnlyList<FieldChange> Compare(IReadOnlyList<(string Field, string? Value)> before, IReadOnlyList<(string Field, string? Value)> after) =>
        before.Zip(after)
            .Where(p => !string.Equals(p.First.Value, p.Second.Value, StringComparison.Ordinal))
            .Select(p => new FieldChange(p.First.Field, p.First.Value, p.Second.Value))
            .ToList();

    private static string? List(IEnumerable<string> items)
    {
        var joined = string.Join("; ", items);
        return joined.Length == 0 ? null : joined;
    }
}

using ExoReport.Evidence.Model;
using ExoReport.Synthesis;
using ExoReport.Synthesis.Model;
using ExoReport.Synthesis.Sections;

namespace ExoReport.Diff;

/// <summary>Compares two versions of an evidence file: studies, Table 1 as printed, and references.</summary>
public static class EvidenceDiff
{
    public static EvidenceChanges Compare(EvidenceFile before, EvidenceFile after)
    {
        var oldStudies = before.Studies.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var newStudies = after.Studies.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var oldRefs = before.References.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var newRefs = after.References.ToDictionary(r => r.Id, StringComparer.Ordinal);

        return new EvidenceChanges(
            AddedStudies: after.Studies.Where(s => !oldStudies.ContainsKey(s.Id)).Select(s => Summary(s, after)).ToList(),
            RemovedStudies: before.Studies.Where(s => !newStudies.ContainsKey(s.Id)).Select(s => Summary(s, before)).ToList(),
            ChangedStudies: after.Studies.Where(s => oldStudies.ContainsKey(s.Id))
                .Select(s => new StudyChange(s.Id, RecordFields.Compare(RecordFields.Of(oldStudies[s.Id]), RecordFields.Of(s))))
                .Where(c => c.Fields.Count > 0).ToList(),
            Table1Rows: CompareTable1(before, after),
            AddedReferences: after.References.Where(r => !oldRefs.ContainsKey(r.Id)).Select(Summary).ToList(),
            RemovedReferences: before.References.Where(r => !newRefs.ContainsKey(r.Id)).Select(Summary).ToList(),
            ChangedReferences: after.References.Where(r => oldRefs.ContainsKey(r.Id))
                .Select(r => new ReferenceChange(r.Id, RecordFields.Compare(RecordFields.Of(oldRefs[r.Id]), RecordFields.Of(r))))
                .Where(c => c.Fields.Count > 0).ToList());
    }

    /// <summary>Rows of Table 1 whose printed text differs, compared through synthesis so wording and order count.</summary>
    private static IReadOnlyList<Table1RowChange> CompareTable1(EvidenceFile before, EvidenceFile after)
    {
        var oldRows = PrintedRows(before);
        var newRows = PrintedRows(after);
        return oldRows.Keys.Union(newRows.Keys).Order()
            .Select(row => new Table1RowChange(row, oldRows.GetValueOrDefault(row), newRows.GetValueOrDefault(row)))
            .Where(c => !string.Equals(c.Old, c.New, StringComparison.Ordinal))
            .ToList();
    }

    private static Dictionary<int, string> PrintedRows(EvidenceFile evidence)
    {
        var report = ReportSynthesizer.Synthesize(evidence, NumberingMode.Appearance).Report!;
        return report.Table1.Rows.ToDictionary(r => r.Row, Print);
    }

    private static string Print(Table1Row row) =>
        $"{row.Source} | {string.Join("; ", row.Mechanisms)} | {string.Join("; ", row.Delivery)} | {string.Join("; ", row.Limitations)}";

    private static StudySummary Summary(Study study, EvidenceFile file) =>
        new(study.Id, file.Taxonomy.Sources.FirstOrDefault(s => s.Id == study.SourceId)?.Label ?? study.SourceId, study.ReferenceId);

    private static ReferenceSummary Summary(Reference reference) =>
        new(reference.Id, $"{ReferenceListBuilder.Authors(reference)}. {ReferenceListBuilder.Sentence(reference.Title)} {reference.Journal}. {ReferenceListBuilder.Details(reference)}");
}

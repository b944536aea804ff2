using System.Text;

namespace ExoReport.Diff;

/// <summary>Prints <see cref="EvidenceChanges"/> as Markdown for a pull-request comment, or as plain text for a terminal.</summary>
public static class EvidenceDiffFormatter
{
    public static string Markdown(EvidenceChanges changes, string oldName, string newName)
    {
        var md = new StringBuilder();
        md.Append("### Evidence changes: `").Append(Code(oldName)).Append("` → `").Append(Code(newName)).Append("`\n\n");
        if (changes.IsEmpty)
            return md.Append("No change to studies, Table 1 or references.\n").ToString();
        md.Append(Summary(changes)).Append("\n\n");
        Section(md, "Studies added", changes.AddedStudies, s => $"- `{Code(s.Id)}` — {Text(s.Source)} (reference `{Code(s.Reference)}`)");
        Section(md, "Studies removed", changes.RemovedStudies, s => $"- `{Code(s.Id)}` — {Text(s.Source)} (reference `{Code(s.Reference)}`)");
        if (changes.ChangedStudies.Count > 0)
        {
            md.Append("#### Studies changed\n\n");
            foreach (var study in changes.ChangedStudies)
            {
                md.Append("- `").Append(Code(study.Id)).Append("`\n");
                foreach (var field in study.Fields)
                    md.Append("  - **").Append(field.Field).Append("**: ").Append(Value(field.Old)).Append(" → ").Append(Value(field.New)).Append('\n');
            }
            md.Append('\n');
        }
        Section(md, "Table 1 rows changed", changes.Table1Rows, r => $"- row {r.Row}: {Value(r.Old)} → {Value(r.New)}");
        Section(md, "References added", changes.AddedReferences, r => $"- `{Code(r.Id)}` — {Text(r.Text)}");
        Section(md, "References removed", changes.RemovedReferences, r => $"- `{Code(r.Id)}` — {Text(r.Text)}");
        if (changes.ChangedReferences.Count > 0)
        {
            md.Append("#### References changed\n\n");
            foreach (var reference in changes.ChangedReferences)
                md.Append("- `").Append(Code(reference.Id)).Append("`: ")
                    .Append(string.Join("; ", reference.Fields.Select(f => $"**{f.Field}** {Value(f.Old)} → {Value(f.New)}"))).Append('\n');
            md.Append('\n');
        }
        return md.ToString().TrimEnd('\n') + "\n";
    }

    public static string Text(EvidenceChanges changes, string oldName, string newName)
    {
        var text = new StringBuilder();
        text.Append("Evidence changes: ").Append(oldName).Append(" -> ").Append(newName).Append('\n');
        if (changes.IsEmpty)
            return text.Append("No change to studies, Table 1 or references.\n").ToString();
        text.Append(Summary(changes)).Append('\n');
        foreach (var s in changes.AddedStudies)
            text.Append("+ study ").Append(s.Id).Append(" (").Append(s.Source).Append(")\n");
        foreach (var s in changes.RemovedStudies)
            text.Append("- study ").Append(s.Id).Append(" (").Append(s.Source).Append(")\n");
        foreach (var s in changes.ChangedStudies)
            foreach (var f in s.Fields)
                text.Append("~ study ").Append(s.Id).Append(' ').Append(f.Field).Append(": ").Append(f.Old ?? "(none)").Append(" -> ").Append(f.New ?? "(none)").Append('\n');
        foreach (var r in changes.Table1Rows)
            text.Append("~ Table 1 row ").Append(r.Row).Append(": ").Append(r.Old ?? "(none)").Append(" -> ").Append(r.New ?? "(none)").Append('\n');
        foreach (var r in changes.AddedReferences)
            text.Append("+ reference ").Append(r.Id).Append('\n');
        foreach (var r in changes.RemovedReferences)
            text.Append("- reference ").Append(r.Id).Append('\n');
        foreach (var r in changes.ChangedReferences)
            foreach (var f in r.Fields)
                text.Append("~ reference ").Append(r.Id).Append(' ').Append(f.Field).Append(": ").Append(f.Old ?? "(none)").Append(" -> ").Append(f.New ?? "(none)").Append('\n');
        return text.ToString();
    }

    private static string Summary(EvidenceChanges c) =>
        $"Studies: {c.AddedStudies.Count} added, {c.RemovedStudies.Count} removed, {c.ChangedStudies.Count} changed. " +
        $"Table 1: {c.Table1Rows.Count} rows changed. " +
        $"References: {c.AddedReferences.Count} added, {c.RemovedReferences.Count} removed, {c.ChangedReferences.Count} changed.";

    private static void Section<T>(StringBuilder md, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0)
            return;
        md.Append("#### ").Append(title).Append("\n\n");
        foreach (var item in items)
            md.Append(line(item)).Append('\n');
        md.Append('\n');
    }

    private static string Value(string? value) => value is null ? "*(none)*" : Text(value);

    /// <summary>Data text in a PR comment: GitHub renders HTML, so angle brackets and Markdown markers are neutralised.</summary>
    private static string Text(string value) => Writers.Markdown.MarkdownText.Inline(value);

    private static string Code(string value) => value.Replace("`", "'");
}

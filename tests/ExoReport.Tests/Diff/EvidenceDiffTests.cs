using ExoReport.Diff;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Diff;

public class EvidenceDiffTests
{
    private static readonly ExoReport.Evidence.Model.EvidenceFile Before = SampleEvidence.Create();

    [Fact]
    public void Identical_files_have_no_changes()
    {
        var changes = EvidenceDiff.Compare(Before, SampleEvidence.Create());
        Assert.True(changes.IsEmpty);
        Assert.Contains("No change", EvidenceDiffFormatter.Markdown(changes, "a.yaml", "b.yaml"));
    }

    [Fact]
    public void Added_removed_and_changed_studies_are_reported_field_by_field()
    {
        var studies = Before.Studies.ToList();
        studies.RemoveAt(2); // s3 removed
        studies[0] = studies[0] with { MechanismIds = ["inflammation"], Effect = "New effect" }; // s1 changed
        studies.Add(SampleEvidence.Study("s4", "c2022", "neuron", ["axon"])); // s4 added
        var changes = EvidenceDiff.Compare(Before, Before with { Studies = studies });

        Assert.Equal(["s4"], changes.AddedStudies.Select(s => s.Id));
        Assert.Equal(["s3"], changes.RemovedStudies.Select(s => s.Id));
        var changed = Assert.Single(changes.ChangedStudies);
        Assert.Equal("s1", changed.Id);
        Assert.Equal(
            [new FieldChange("mechanisms", "inflammation; vascular", "inflammation"), new FieldChange("effect", null, "New effect")],
            changed.Fields);
    }

    [Fact]
    public void Table1_rows_that_print_differently_are_listed()
    {
        var studies = Before.Studies.ToList();
        studies[1] = studies[1] with { Findings = ["Rewritten finding"] }; // s2 is Table 1 row 1
        var changes = EvidenceDiff.Compare(Before, Before with { Studies = studies });
        var row = Assert.Single(changes.Table1Rows);
        Assert.Equal(1, row.Row);
        Assert.Contains("Finding A of s2", row.Old);
        Assert.Contains("Rewritten finding", row.New);
    }

    [Fact]
    public void References_added_removed_and_changed()
    {
        var references = Before.References.ToList();
        references[0] = references[0] with { Doi = "10.1000/new" };
        references.RemoveAt(3);
        references.Add(SampleEvidence.Ref("e2024", 50, 2024));
        var changes = EvidenceDiff.Compare(Before, Before with { References = references });
        Assert.Equal(["e2024"], changes.AddedReferences.Select(r => r.Id));
        Assert.Equal(["d2019"], changes.RemovedReferences.Select(r => r.Id));
        Assert.Equal(new FieldChange("doi", "10.1000/a2020", "10.1000/new"), Assert.Single(Assert.Single(changes.ChangedReferences).Fields));
    }

    [Fact]
    public void Markdown_summary_is_fit_for_a_pull_request_comment()
    {
        var studies = Before.Studies.Append(SampleEvidence.Study("s<script>", "c2022", "neuron", ["axon"])).ToList();
        var markdown = EvidenceDiffFormatter.Markdown(EvidenceDiff.Compare(Before, Before with { Studies = studies }), "old.yaml", "new.yaml");
        Assert.StartsWith("### Evidence changes: `old.yaml` → `new.yaml`", markdown);
        Assert.Contains("Studies: 1 added, 0 removed, 0 changed.", markdown);
        Assert.Contains("#### Studies added", markdown);
        Assert.Contains("- `s<script>` — Neuron (reference `c2022`)", markdown);
    }
}

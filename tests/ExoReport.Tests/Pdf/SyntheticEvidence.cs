using ExoReport.Diagnostics;
using ExoReport.Evidence.Model;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Pdf;

/// <summary>Evidence files built in code that stress the PDF layout: a very long Table 1, a very wide evidence matrix.</summary>
internal static class SyntheticEvidence
{
    private static readonly SourceSpan At = new("synthetic.yaml", 1, 1);

    /// <summary>The unique text of Table 1 row <paramref name="row"/>: one limitation item that no other section prints.</summary>
    public static string RowMarker(int row) => $"Limitation mechanism of s{row:000}";

    /// <summary>
    /// <paramref name="rows"/> studies, each in Table 1, with its own reference; every row has several items per
    /// cell, and every fifth row a long list of findings, so rows differ in height.
    /// </summary>
    public static EvidenceFile LargeTable1(int rows)
    {
        string[] sources = ["bm-msc", "m2", "neuron"];
        string[][] mechanisms = [["inflammation"], ["vascular", "axon"], ["inflammation", "axon"]];
        var references = Enumerable.Range(1, rows).Select(i => SampleEvidence.Ref($"r{i:000}", i, 2000 + i % 25)).ToList();
        references.Add(SampleEvidence.Ref("d2019", rows + 1, 2019)); // cited by the sample's clinical trial
        var studies = Enumerable.Range(1, rows).Select(i =>
        {
            var study = SampleEvidence.Study($"s{i:000}", $"r{i:000}", sources[i % 3], mechanisms[i % 3], table1Row: i,
                route: i % 2 == 0 ? "tail-iv" : "hydrogel");
            return i % 5 == 0
                ? study with { Findings = [.. study.Findings, .. Enumerable.Range(1, 6).Select(k => $"additional finding {k} with a few more words to wrap")] }
                : study;
        }).ToList();
        return SampleEvidence.Create(references, studies);
    }

    /// <summary>The sample evidence with <paramref name="count"/> mechanism categories, every study reporting all of them.</summary>
    public static EvidenceFile WideMatrix(int count, Func<int, string> label)
    {
        var sample = SampleEvidence.Create();
        var mechanisms = Enumerable.Range(1, count).Select(i => new TaxonomyTerm($"m{i}", label(i), null, At)).ToList();
        var ids = mechanisms.Select(m => m.Id).ToArray();
        return sample with
        {
            Taxonomy = sample.Taxonomy with { Mechanisms = mechanisms },
            Studies = sample.Studies.Select(s => s with { MechanismIds = ids }).ToList(),
        };
    }
}

using ExoReport.Build;
using ExoReport.Diagnostics;
using ExoReport.Evidence.Model;
using ExoReport.Synthesis.Model;
using ExoReport.Synthesis.Sections;

namespace ExoReport.Synthesis;

/// <summary>The result of synthesis: a report, or the reasons there is none.</summary>
public sealed record SynthesisResult(Report? Report, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Computes the format-neutral report from a validated evidence file.</summary>
public static class ReportSynthesizer
{
    public static SynthesisResult Synthesize(EvidenceFile evidence, NumberingMode numberingMode = NumberingMode.Auto)
    {
        if (MatrixLimit.Problem(evidence.Taxonomy) is { } tooLarge)
            return new SynthesisResult(null, [new Diagnostic(SourceSpan.None(evidence.Path), Severity.Error, BuildCodes.MatrixTooLarge, tooLarge)]);

        var numbering = CitationNumbering.Create(evidence.References, numberingMode, out var problem);
        if (problem is not null)
            return new SynthesisResult(null, [new Diagnostic(SourceSpan.None(evidence.Path), Severity.Error, BuildCodes.NumberingUnavailable, problem)]);

        var index = new EvidenceIndex(evidence);
        // Sections are built in the order the report shows them: appearance numbering depends on it.
        var title = TitleBlockBuilder.Build(index);
        var table1 = Table1Builder.Build(index, numbering);
        var matrix = EvidenceMatrixBuilder.Build(index, numbering);
        var mechanisms = MechanismSummaryBuilder.Build(index, numbering);
        var delivery = DeliverySummaryBuilder.Build(index, numbering);
        var engineering = EngineeringBuilder.Build(index, numbering);
        var clinical = ClinicalBuilder.Build(index, numbering);
        var limitations = LimitationThemeBuilder.Build(index, numbering);
        var figures = FigureListBuilder.Build(index, matrix, limitations);
        var references = ReferenceListBuilder.Build(numbering);
        var report = new Report(title, table1, matrix, mechanisms, delivery, engineering, clinical, limitations, figures, references);
        return new SynthesisResult(report, []);
    }
}

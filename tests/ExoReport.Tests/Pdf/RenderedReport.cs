using ExoReport.Evidence;
using ExoReport.Evidence.Model;
using ExoReport.Synthesis;
using ExoReport.Synthesis.Model;
using ExoReport.Tests.Support;
using ExoReport.Writers.Pdf;

namespace ExoReport.Tests.Pdf;

/// <summary>A report synthesised from evidence and written as PDF once, shared by the tests of a class.</summary>
public class RenderedReport
{
    public RenderedReport(EvidenceFile evidence, PdfReportOptions? options = null)
    {
        var synthesis = ReportSynthesizer.Synthesize(evidence, NumberingMode.Auto);
        Report = synthesis.Report ?? throw new InvalidOperationException(string.Join("\n", synthesis.Diagnostics));
        Options = options ?? PdfReportOptions.Default;
        Result = PdfReportWriter.Write(Report, Options);
    }

    public Report Report { get; }

    public PdfReportOptions Options { get; }

    public PdfReportResult Result { get; }

    internal PdfReading Read() => PdfReading.Open(Result.Pdf);
}

/// <summary>The small sample evidence (two Table 1 rows, four references, one figure).</summary>
public sealed class SampleReport() : RenderedReport(SampleEvidence.Create());

/// <summary>Table 1 with 300 rows: dozens of pages.</summary>
public sealed class LargeReport() : RenderedReport(SyntheticEvidence.LargeTable1(LargeReport.Rows))
{
    public const int Rows = 300;
}

/// <summary>The review in the seeds, loaded from data/exosomes-sci.yaml.</summary>
public sealed class SeedReport() : RenderedReport(Load())
{
    public const string DisplayPath = "data/exosomes-sci.yaml";

    public static EvidenceFile Load()
    {
        var loaded = EvidenceLoader.LoadFile(RepositoryPaths.ReviewData, DisplayPath);
        return loaded.Evidence ?? throw new InvalidOperationException(string.Join("\n", loaded.Diagnostics));
    }
}

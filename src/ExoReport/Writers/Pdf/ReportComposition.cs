using ExoReport.Layout;
using ExoReport.Synthesis.Model;
using ExoReport.Writers.Charts;

namespace ExoReport.Writers.Pdf;

/// <summary>The report's sections in the order every format prints them.</summary>
internal static class ReportComposition
{
    public static Element Compose(Report report, PdfStyles styles, PageFrame frame, bool includeFigures, ChartRenders charts)
    {
        var sections = new List<Element>
        {
            TitleBlockSection.Compose(report.Title, styles),
            Table1Section.Compose(report.Table1, styles),
            EvidenceMatrixSection.Compose(report.Matrix, styles, frame),
            MechanismSection.Compose(report.Mechanisms, styles),
            DeliverySection.Compose(report.Delivery, styles),
            EngineeringSection.Compose(report.Engineering, styles),
            ClinicalSection.Compose(report.Clinical, styles),
            LimitationsSection.Compose(report.Limitations, styles),
        };
        if (includeFigures && report.Figures.Count > 0)
            sections.Add(FiguresSection.Compose(report.Figures, styles, frame, charts));
        sections.Add(ReferencesSection.Compose(report.References, styles));
        return new Column(sections) { Spacing = 8, Name = "report" };
    }
}

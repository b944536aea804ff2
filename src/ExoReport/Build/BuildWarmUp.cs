using ExoReport.Evidence.Schema;
using ExoReport.Writers.Charts;

namespace ExoReport.Build;

/// <summary>
/// Starts, on a background thread, the one-time set-up a build needs anyway: the schema's compiled form and,
/// when charts will be drawn, Skia with the chart typefaces and ScottPlot's own start-up (it looks through the
/// installed fonts), by drawing a small empty plot, and the PDF's serif typefaces. A cold process then does this
/// on its second core while the first reads and parses the evidence file. Nothing made here reaches any output, and a failure is left
/// for the build itself to meet and report.
/// </summary>
public static class BuildWarmUp
{
    public static Task Start(OutputFormat formats) => Task.Run(() =>
    {
        try
        {
            _ = EvidenceSchema.ItemSchemas;
            _ = EvidenceSchema.Navigator;
            if ((formats & (OutputFormat.Figures | OutputFormat.Pdf)) != 0)
            {
                using var plot = PlotSetup.Create();
                _ = plot.GetSvgXml(120, 80);
            }
            if (formats.HasFlag(OutputFormat.Pdf))
                Writers.Pdf.SerifTypefaces.WarmUp();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The build meets the same problem and reports it properly.
        }
    });
}

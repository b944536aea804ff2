namespace ExoReport.Writers.Pdf;

public enum PdfReportWarningKind
{
    /// <summary>No font of the report has a character; it shows as a box.</summary>
    MissingGlyph,

    /// <summary>A font family asked for in the options could not be loaded; the embedded one is used instead.</summary>
    FontFallback,

    /// <summary>The review date is not a YYYY-MM-DD date; the PDF's dates fall back to a fixed one.</summary>
    Metadata,

    /// <summary>Any other note from the layout engine (a link to an unknown destination, ...).</summary>
    Layout,
}

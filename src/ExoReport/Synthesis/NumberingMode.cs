namespace ExoReport.Synthesis;

/// <summary>How references are numbered in the report.</summary>
public enum NumberingMode
{
    /// <summary>Source numbering when every reference has a number, otherwise appearance.</summary>
    Auto,
    /// <summary>Each reference keeps the manuscript's own number (the review's 39, 41, 43, ...).</summary>
    Source,
    /// <summary>Numbers in order of first citation in the report; uncited references follow in file order.</summary>
    Appearance,
}

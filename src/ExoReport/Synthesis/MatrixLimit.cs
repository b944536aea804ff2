using System.Globalization;
using ExoReport.Evidence.Model;

namespace ExoReport.Synthesis;

/// <summary>
/// The largest evidence matrix a report can hold. Its cells (cell sources x mechanisms) are computed, listed per
/// mechanism and written in every format, so its size is the square of the taxonomy's: 3,000 sources and 3,000
/// mechanisms, a 300 KB file, took minutes and 12 GB before it failed anyway, and past some 10,000 cells pdflatex runs
/// out of memory on the matrix table. A real review has a few hundred cells.
/// </summary>
public static class MatrixLimit
{
    public const int MaxCells = 10_000;

    /// <summary>Why the taxonomy is too large for one report, or null.</summary>
    public static string? Problem(Taxonomy taxonomy)
    {
        var cells = (long)taxonomy.Sources.Count * taxonomy.Mechanisms.Count;
        return cells <= MaxCells ? null : string.Create(CultureInfo.InvariantCulture,
            $"the evidence matrix would have {cells:N0} cells ({taxonomy.Sources.Count:N0} cell sources x {taxonomy.Mechanisms.Count:N0} mechanisms); a report holds at most {MaxCells:N0}: split the evidence into several files");
    }
}

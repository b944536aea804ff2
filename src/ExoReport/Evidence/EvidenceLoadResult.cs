using ExoReport.Diagnostics;
using ExoReport.Evidence.Model;

namespace ExoReport.Evidence;

/// <summary>
/// What loading an evidence file gave: the model when the file is valid (warnings allowed), and every
/// diagnostic, ordered by position. <see cref="Evidence"/> is null whenever there is an error.
/// </summary>
public sealed record EvidenceLoadResult(EvidenceFile? Evidence, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>True when the file could not be read at all (EXO010): a usage or I/O problem, not bad evidence.</summary>
    public bool CouldNotRead => Diagnostics.Any(d => d.Code == EvidenceCodes.CannotRead);
}

namespace ExoReport.Cli;

/// <summary>
/// Diagnostic codes of the command line's own failures (EXO090–EXO099). They stay clear of the evidence codes
/// (EXO001–EXO059, <see cref="ExoReport.Evidence.EvidenceCodes"/>), synthesis (EXO070) and templates (EXO080–EXO083),
/// so a code in a CI log names one problem.
/// </summary>
public static class CliCodes
{
    /// <summary>The output folder or a file in it cannot be written; earlier outputs are left as they were.</summary>
    public const string CannotWriteOutputs = "EXO090";

    /// <summary><c>init</c> would overwrite a file, or cannot create the project folder.</summary>
    public const string CannotCreateProject = "EXO091";

    /// <summary><c>diff --git</c> cannot read the file at that revision (not a repository, unknown revision, no git).</summary>
    public const string CannotReadRevision = "EXO092";
}

namespace ExoReport.Tests.Corpus;

/// <summary>
/// Where a case builds to. By default the case's own output folder; the file-system cases ask for places no
/// build can write to. Tests run as root in CI, where permissions stop nothing, so an unwritable place is made
/// of a regular file: a folder under it cannot exist, and a file is not a folder.
/// </summary>
public static class OutputTarget
{
    public const string Blocker = "blocker";

    public static string Prepare(string? mode, string outputFolder)
    {
        switch (mode)
        {
            case null:
                return outputFolder;
            case "under-a-file":
                File.WriteAllText(Path.Combine(outputFolder, Blocker), "a regular file, not a folder\n");
                return Path.Combine(outputFolder, Blocker, "report");
            case "is-a-file":
                File.WriteAllText(Path.Combine(outputFolder, Blocker), "a regular file, not a folder\n");
                return Path.Combine(outputFolder, Blocker);
            default:
                throw new FormatException($"unknown output mode '{mode}'");
        }
    }
}

namespace ExoReport.Cli;

/// <summary>
/// Rejects an --out path that can never be a folder before anything is built: the path, or a folder on the way
/// to it, is an existing file. The message names the culprit as the user typed it, instead of the system's
/// "file already exists" with an absolute path.
/// </summary>
public static class OutputFolderCheck
{
    /// <summary>Why <paramref name="shown"/> (resolved to <paramref name="full"/>) cannot be the output folder, or null.</summary>
    public static string? Problem(string shown, string full)
    {
        if (File.Exists(full))
            return $"--out {shown}: this is a file, not a folder; give a folder (it is created when missing)";
        for (var parent = Path.GetDirectoryName(full); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (Directory.Exists(parent))
                return null;
            if (File.Exists(parent))
                return $"--out {shown}: '{Path.GetFileName(parent)}' is a file, so it cannot hold the output folder";
        }
        return null;
    }
}

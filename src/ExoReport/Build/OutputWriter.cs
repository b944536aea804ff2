namespace ExoReport.Build;

/// <summary>What happened to one output file.</summary>
public enum OutputStatus
{
    Written,
    Unchanged,
}

/// <summary>
/// Puts a build's files in place: each changed file is first written beside its target under a temporary name and
/// only then moved over it, and files whose bytes did not change are not touched (they keep their timestamps).
/// If any temporary file cannot be written, none is moved, so the previous outputs stay as they were. Builds into
/// the same folder take turns (<see cref="OutputFolderLock"/>), so each one compares against and replaces a whole
/// set of outputs, never another build's half-written one.
/// </summary>
public static class OutputWriter
{
    public const string WaitingMessage = "waiting for another build to finish writing to this folder";

    /// <summary>Writes the changed files; <paramref name="progress"/> hears <see cref="WaitingMessage"/> when another build holds the folder.</summary>
    public static IReadOnlyList<(string RelativePath, OutputStatus Status)> Write(
        string outputDirectory, IReadOnlyList<OutputFile> files, IProgress<string>? progress = null)
    {
        using var folderLock = OutputFolderLock.Acquire(outputDirectory, OutputFolderLock.DefaultTimeout, () => progress?.Report(WaitingMessage));
        var staged = new List<(string Temp, string Target)>();
        var results = new List<(string, OutputStatus)>();
        try
        {
            foreach (var file in files)
            {
                var target = Target(outputDirectory, file.RelativePath);
                // Found now, not when moving: a failed move after others succeeded would leave a mix of old and new.
                if (Directory.Exists(target))
                    throw new IOException($"{file.RelativePath} is a folder, where this output file belongs; move the folder away");
                if (File.Exists(target) && SameBytes(target, file.Content))
                {
                    results.Add((file.RelativePath, OutputStatus.Unchanged));
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
                File.WriteAllBytes(temp, file.Content);
                staged.Add((temp, target));
                results.Add((file.RelativePath, OutputStatus.Written));
            }
            foreach (var (temp, target) in staged)
                File.Move(temp, target, overwrite: true);
            staged.Clear();
            return results;
        }
        finally
        {
            foreach (var (temp, _) in staged)
                TryDelete(temp);
        }
    }

    /// <summary>The outputs whose file is missing or differs from what the build computed (for <c>build --check</c>).</summary>
    public static IReadOnlyList<string> Stale(string outputDirectory, IReadOnlyList<OutputFile> files) =>
        files.Where(f =>
        {
            var target = Target(outputDirectory, f.RelativePath);
            return !File.Exists(target) || !SameBytes(target, f.Content);
        }).Select(f => f.RelativePath).ToList();

    private static string Target(string outputDirectory, string relativePath) =>
        Path.Combine(outputDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static bool SameBytes(string path, byte[] content)
    {
        var info = new FileInfo(path);
        return info.Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { /* best effort: a stray temp file is harmless */ }
        catch (UnauthorizedAccessException) { }
    }
}

namespace ExoReport.Tests.Corpus;

/// <summary>Every file under a folder with its bytes, by relative path with '/': to compare a folder before and after.</summary>
public sealed class OutputFolder
{
    private OutputFolder(SortedDictionary<string, byte[]> files) => Files = files;

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public static OutputFolder Read(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
            foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                files[Path.GetRelativePath(folder, path).Replace('\\', '/')] = File.ReadAllBytes(path);
        return new OutputFolder(files);
    }

    public static void Copy(string from, string to)
    {
        foreach (var path in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }
    }

    /// <summary>The same files with the same bytes: nothing added (no temporary file left), removed or changed.</summary>
    public void AssertSameAs(OutputFolder expected, string because)
    {
        Assert.True(expected.Files.Keys.SequenceEqual(Files.Keys),
            $"{because}: files differ.\nexpected: {string.Join(", ", expected.Files.Keys)}\nactual:   {string.Join(", ", Files.Keys)}");
        foreach (var (path, bytes) in expected.Files)
            Assert.True(bytes.AsSpan().SequenceEqual(Files[path]), $"{because}: {path} changed");
    }

    /// <summary>No file left over from an interrupted write (OutputWriter stages files as .NAME.GUID.tmp).</summary>
    public void AssertNoTemporaryFiles() =>
        Assert.DoesNotContain(Files.Keys, path => path.EndsWith(".tmp", StringComparison.Ordinal));
}

using ExoReport.Cli;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Cli;

/// <summary>
/// A temp folder to run <c>exoreport</c> in, through <see cref="ExoReportApp.Run"/> exactly as Program.cs does,
/// with string writers for stdout and stderr and the folder as the current directory (paths stay relative).
/// </summary>
public sealed class CliSession : IDisposable
{
    private readonly TempDirectory _folder = new();

    public string Path => _folder.Path;

    /// <summary>The full path of a file or folder given relative to the session folder, '/'-separated.</summary>
    public string Full(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public CliSession Write(string relative, string text)
    {
        var full = Full(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    /// <summary>Replaces a file the way editors save: a new file moved over the old one, so no reader sees it half-written.</summary>
    public void Save(string relative, string text)
    {
        var temp = Full(relative) + ".saving";
        File.WriteAllText(temp, text);
        File.Move(temp, Full(relative), overwrite: true);
    }

    public string Read(string relative) => File.ReadAllText(Full(relative));

    public CliResult Run(params string[] args) => Run(args, CancellationToken.None);

    public CliResult Run(string[] args, CancellationToken stop)
    {
        var output = new StringWriter { NewLine = "\n" };
        var errors = new StringWriter { NewLine = "\n" };
        var code = ExoReportApp.Run(args, Console(output, errors), stop);
        return new CliResult(code, output.ToString(), errors.ToString());
    }

    /// <summary>Runs with writers the test holds, for a command running on another thread.</summary>
    public int Run(TextWriter output, TextWriter errors, string[] args, CancellationToken stop = default) =>
        ExoReportApp.Run(args, Console(output, errors), stop);

    /// <summary>A console on the given writers, not a terminal (so progress is plain lines), in the session folder.</summary>
    public CliConsole Console(TextWriter output, TextWriter errors) => new(output, errors, IsTerminal: false, Path);

    /// <summary>Every file under a folder of the session: relative path ('/') → bytes.</summary>
    public SortedDictionary<string, byte[]> Snapshot(string relativeFolder)
    {
        var root = Full(relativeFolder);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            files[System.IO.Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        return files;
    }

    /// <summary>Every file under a folder of the session: relative path → last write time.</summary>
    public SortedDictionary<string, DateTime> WriteTimes(string relativeFolder)
    {
        var root = Full(relativeFolder);
        var times = new SortedDictionary<string, DateTime>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            times[System.IO.Path.GetRelativePath(root, file).Replace('\\', '/')] = File.GetLastWriteTimeUtc(file);
        return times;
    }

    public void Dispose() => _folder.Dispose();
}

namespace ExoReport.Tests.Cli;

/// <summary>
/// Makes writing into an output folder that holds a finished build fail. Where permissions count, the folder
/// and its subfolders become read-only (chmod 555). Root ignores permissions (tests run as root in CI) and
/// Windows has no chmod, so there a folder takes the place of the output file tables/table1.tex instead: the
/// file cannot be replaced, and the other changed outputs, staged before it, must not be moved either.
/// </summary>
public sealed class WriteBlock : IDisposable
{
    private readonly IReadOnlyList<string> _lockedFolders;

    private WriteBlock(IReadOnlyList<string> lockedFolders) => _lockedFolders = lockedFolders;

    public static WriteBlock On(string folder)
    {
        if (Environment.IsPrivilegedProcess || OperatingSystem.IsWindows())
        {
            var target = Path.Combine(folder, "tables", "table1.tex");
            File.Delete(target);
            Directory.CreateDirectory(target);
            return new WriteBlock([]);
        }
        var folders = Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Prepend(folder).ToList();
        foreach (var locked in folders)
            File.SetUnixFileMode(locked, ReadOnly);
        return new WriteBlock(folders);
    }

    public void Dispose()
    {
        if (OperatingSystem.IsWindows())
            return;
        foreach (var locked in _lockedFolders)
            File.SetUnixFileMode(locked, ReadOnly | UnixFileMode.UserWrite);
    }

    private const UnixFileMode ReadOnly =
        UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
}

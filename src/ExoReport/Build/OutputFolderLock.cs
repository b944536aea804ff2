using System.Diagnostics;
using System.Globalization;

namespace ExoReport.Build;

/// <summary>
/// Lets one build at a time write into an output folder, so two builds started together (a watcher and a manual
/// build, parallel CI steps) cannot interleave their files into a mix of both. The holder keeps
/// <see cref="FileName"/> in the folder open with <see cref="FileShare.None"/>: Windows refuses a second open, and
/// .NET on Linux and macOS takes an exclusive <c>flock</c>, which the system drops when the process ends, even
/// when it is killed, so a crash never leaves the folder locked. The file itself stays: deleting a lock file
/// while another build waits on it would let two builds in at once.
/// </summary>
public sealed class OutputFolderLock : IDisposable
{
    public const string FileName = ".exoreport.lock";

    /// <summary>Longer than any real build takes to write its files, short enough that a stuck one is noticed.</summary>
    public static TimeSpan DefaultTimeout => TimeSpan.FromMinutes(2);

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(25);

    private readonly FileStream _handle;

    private OutputFolderLock(FileStream handle) => _handle = handle;

    /// <summary>
    /// Creates the folder when missing and takes its lock, waiting while another build holds it (calling
    /// <paramref name="waiting"/> once, so a user sees why nothing happens); throws IOException after <paramref name="timeout"/>.
    /// </summary>
    public static OutputFolderLock Acquire(string directory, TimeSpan timeout, Action? waiting = null)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        var clock = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            try
            {
                return new OutputFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                if (clock.Elapsed >= timeout)
                    throw new IOException(
                        $"another build has been writing to this folder for over {timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s (it holds {FileName}); try again when it has finished", e);
                if (!told)
                    waiting?.Invoke();
                told = true;
                Thread.Sleep(RetryDelay);
            }
        }
    }

    public void Dispose() => _handle.Dispose();

    /// <summary>
    /// A sharing or lock violation, as opposed to a path or permission problem that waiting cannot cure. Windows
    /// reports ERROR_SHARING_VIOLATION (32) or ERROR_LOCK_VIOLATION (33) in the low word of the HRESULT; Unix
    /// reports the errno of the failed flock, EWOULDBLOCK (11 on Linux, 35 on macOS).
    /// </summary>
    private static bool IsHeldElsewhere(IOException e)
    {
        if (e.GetType() != typeof(IOException))
            return false; // FileNotFound, DirectoryNotFound, PathTooLong: waiting will not help
        if (OperatingSystem.IsWindows())
            return (e.HResult & 0xFFFF) is 32 or 33;
        return e.HResult == (OperatingSystem.IsLinux() ? 11 : 35);
    }
}

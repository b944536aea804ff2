using System.Diagnostics;
using System.Text;

namespace ExoReport.Cli.Commands;

/// <summary>Reads a file as it was at a git revision (<c>git show REV:./path</c>), for <c>diff --git</c>.</summary>
public static class GitRevision
{
    /// <summary>
    /// The file's text at the revision; null with <paramref name="error"/> set when git cannot show it, or null
    /// with <paramref name="absent"/> set when the revision exists but the file was not in it yet (a pull request
    /// adding an evidence file).
    /// </summary>
    public static string? Show(string absolutePath, string revision, out bool absent, out string? error)
    {
        absent = false;
        error = null;
        if (revision.StartsWith('-'))
        {
            error = $"'{revision}' is not a revision";
            return null;
        }
        var directory = Path.GetDirectoryName(absolutePath)!;
        var show = Git(directory, "show", $"{revision}:./{Path.GetFileName(absolutePath)}");
        if (show.ExitCode == 0)
            return show.Output;
        if (show.ExitCode is null)
        {
            error = "cannot run git: " + show.Error;
            return null;
        }
        if (Git(directory, "rev-parse", "--verify", "--quiet", revision + "^{commit}").ExitCode == 0)
        {
            absent = true;
            return null;
        }
        error = $"git show {revision}: {show.Error.Trim()}";
        return null;
    }

    /// <summary>Runs git in <paramref name="directory"/>; a null exit code means git could not be started (the error says why).</summary>
    private static (int? ExitCode, string Output, string Error) Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        // ArgumentList passes each argument whole: no shell, so nothing in a revision is interpreted.
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        try
        {
            using var git = Process.Start(start)!;
            // Both streams read at once: one left unread could fill its pipe and stall git.
            var output = git.StandardOutput.ReadToEndAsync();
            var error = git.StandardError.ReadToEnd();
            git.WaitForExit();
            return (git.ExitCode, output.Result, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, "", e.Message);
        }
    }
}

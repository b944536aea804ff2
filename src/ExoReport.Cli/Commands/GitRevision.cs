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
        var text = Show(absolutePath, revision, out error);
        if (text is null && error is not null && IsCommit(Path.GetDirectoryName(absolutePath)!, revision))
        {
            absent = true;
            error = null;
        }
        return text;
    }

    private static bool IsCommit(string directory, string revision)
    {
        var start = Git(directory, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        try
        {
            using var git = Process.Start(start)!;
            git.StandardOutput.ReadToEnd();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static ProcessStartInfo Git(string directory, params string[] arguments)
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
        return start;
    }

    private static string? Show(string absolutePath, string revision, out string? error)
    {
        error = null;
        if (revision.StartsWith('-'))
        {
            error = $"'{revision}' is not a revision";
            return null;
        }
        var start = Git(Path.GetDirectoryName(absolutePath)!, "show", $"{revision}:./{Path.GetFileName(absolutePath)}");
        try
        {
            using var git = Process.Start(start)!;
            var stdout = git.StandardOutput.ReadToEndAsync();
            var stderr = git.StandardError.ReadToEnd();
            git.WaitForExit();
            if (git.ExitCode == 0)
                return stdout.Result;
            error = $"git show {revision}: {stderr.Trim()}";
            return null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            error = "cannot run git: " + e.Message;
            return null;
        }
    }
}

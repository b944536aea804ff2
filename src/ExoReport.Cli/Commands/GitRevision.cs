using System.Diagnostics;
using System.Text;

namespace ExoReport.Cli.Commands;

/// <summary>Reads a file as it was at a git revision (<c>git show REV:./path</c>), for <c>diff --git</c>.</summary>
public static class GitRevision
{
    public static string? Show(string absolutePath, string revision, out string? error)
    {
        error = null;
        if (revision.StartsWith('-'))
        {
            error = $"'{revision}' is not a revision";
            return null;
        }
        var directory = Path.GetDirectoryName(absolutePath)!;
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        // ArgumentList passes the revision as one argument: no shell, so nothing in it is interpreted.
        start.ArgumentList.Add("show");
        start.ArgumentList.Add($"{revision}:./{Path.GetFileName(absolutePath)}");
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

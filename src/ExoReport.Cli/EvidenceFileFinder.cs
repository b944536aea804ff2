using ExoReport.Diagnostics;
using ExoReport.Evidence;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace ExoReport.Cli;

/// <summary>
/// Expands a FILE argument into files: a file stays itself (a missing one is reported by the loader), a folder
/// gives every *.yaml and *.yml file inside it (subfolders too), and a pattern with '*' or '**' is matched as a
/// glob, for shells that do not expand it (quoted arguments, Windows). Results are sorted, so runs are repeatable.
/// </summary>
public static class EvidenceFileFinder
{
    private static readonly string[] YamlExtensions = [".yaml", ".yml"];

    public static (IReadOnlyList<EvidenceTarget> Targets, Diagnostic? Problem) Find(string argument, CliConsole console)
    {
        if (argument.Contains('*'))
            return Glob(argument, console);
        var full = console.Resolve(argument);
        if (!Directory.Exists(full))
            return ([new EvidenceTarget(full, argument)], null);

        var files = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
            .Where(f => YamlExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(full, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => new EvidenceTarget(Path.Combine(full, relative), Join(argument, relative)))
            .ToArray();
        return files.Length > 0 ? (files, null) : ([], NotFound(argument, "the folder holds no .yaml or .yml file"));
    }

    private static (IReadOnlyList<EvidenceTarget>, Diagnostic?) Glob(string pattern, CliConsole console)
    {
        // The folders before the first wildcard are the base; the rest is matched below it.
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedCount = segments.TakeWhile(s => !s.Contains('*')).Count();
        var basePart = string.Join('/', segments.Take(fixedCount));
        var rest = string.Join('/', segments.Skip(fixedCount));
        var baseFull = console.Resolve(basePart.Length == 0 && pattern.StartsWith('/') ? "/" : basePart.Length == 0 ? "." : basePart);

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        var matches = Directory.Exists(baseFull)
            ? matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(baseFull))).Files.Select(f => f.Path).Order(StringComparer.Ordinal).ToArray()
            : [];
        var targets = matches
            .Select(relative => new EvidenceTarget(Path.Combine(baseFull, relative), basePart.Length == 0 ? relative : Join(basePart, relative)))
            .ToArray();
        return targets.Length > 0 ? (targets, null) : ([], NotFound(pattern, "no file matches this pattern"));
    }

    private static string Join(string typed, string relative) => typed.TrimEnd('/', '\\') + "/" + relative;

    private static Diagnostic NotFound(string argument, string reason) =>
        new(SourceSpan.None(argument), Severity.Error, EvidenceCodes.CannotRead, reason);
}

using System.Reflection;
using System.Text;

namespace ExoReport.Writers.Templates;

/// <summary>
/// The templates of one build: the shipped ones (embedded in the library), each replaceable file by file by a
/// user's folder (<c>--templates DIR</c>, laid out like <c>templates/</c>). Names are relative paths such as
/// <c>markdown/tables/table1.scriban</c>; nothing outside the two roots can be read.
/// </summary>
public sealed class TemplateSet
{
    private const string ResourcePrefix = "ExoReport.templates.";
    private readonly string? _overrideRoot;

    public TemplateSet(string? overrideDirectory = null)
    {
        _overrideRoot = overrideDirectory is null ? null : Path.GetFullPath(overrideDirectory);
    }

    /// <summary>The user's template folder, if any, as an absolute path.</summary>
    public string? OverrideRoot => _overrideRoot;

    /// <summary>The names of the shipped templates, for <c>exoreport init --templates</c>.</summary>
    public static IReadOnlyList<string> ShippedNames { get; } = typeof(TemplateSet).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..].Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>A normalised template name, or null when the name could reach outside the templates folder.</summary>
    public static string? Normalize(string name)
    {
        var normalized = name.Replace('\\', '/');
        if (normalized.Length == 0 || normalized.StartsWith('/') || normalized.Contains(':'))
            return null;
        var parts = normalized.Split('/');
        if (parts.Any(p => p is "" or "." or ".."))
            return null;
        return normalized;
    }

    /// <summary>The template text and where it came from (for error messages), or null when there is no such template.</summary>
    public (string Text, string Origin)? Read(string name)
    {
        var normalized = Normalize(name);
        if (normalized is null)
            return null;
        if (_overrideRoot is not null)
        {
            var path = Path.GetFullPath(Path.Combine(_overrideRoot, normalized));
            var inside = path.StartsWith(_overrideRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            // A symbolic link could point anywhere; user templates must be plain files inside the folder.
            if (inside && File.Exists(path) && new FileInfo(path).LinkTarget is null)
                return (File.ReadAllText(path, Encoding.UTF8), "templates:" + normalized);
        }
        return ReadShipped(normalized) is { } text ? (text, "templates/" + normalized) : null;
    }

    private static string? ReadShipped(string normalized)
    {
        var assembly = typeof(TemplateSet).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                && n[ResourcePrefix.Length..].Replace('\\', '/') == normalized);
        if (resource is null)
            return null;
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The shipped text of a template (for copying templates into a new project).</summary>
    public static string? ReadShippedTemplate(string name) => Normalize(name) is { } n ? ReadShipped(n) : null;

    internal static Assembly Assembly => typeof(TemplateSet).Assembly;
}

using System.Reflection;
using ExoReport.Evidence.Schema;
using ExoReport.Writers.Templates;

namespace ExoReport.Init;

/// <summary>
/// Creates a new evidence project: an example evidence file that builds as it is, the schema beside it for
/// editors, and on request a copy of the shipped templates to edit. Never overwrites a file.
/// </summary>
public static class ProjectInitializer
{
    public const string EvidenceFileName = "evidence.yaml";
    public const string SchemaFileName = "evidence.schema.json";

    /// <summary>The files to create, relative to the project folder, with their text.</summary>
    public static IReadOnlyList<(string RelativePath, string Text)> Files(bool withTemplates)
    {
        var files = new List<(string, string)>
        {
            (EvidenceFileName, ExampleEvidence()),
            (SchemaFileName, EvidenceSchema.Text),
        };
        if (withTemplates)
            files.AddRange(TemplateSet.ShippedNames.Select(name => ("templates/" + name, TemplateSet.ReadShippedTemplate(name)!)));
        return files;
    }

    /// <summary>Writes the project; returns the paths written, or throws IOException naming files that already exist.</summary>
    public static IReadOnlyList<string> Create(string directory, bool withTemplates)
    {
        var files = Files(withTemplates);
        var existing = files.Select(f => f.RelativePath).Where(p => File.Exists(Path.Combine(directory, p))).ToList();
        if (existing.Count > 0)
            throw new IOException($"{string.Join(", ", existing)} already exist(s) in {directory}; nothing was written");
        foreach (var (relativePath, text) in files)
        {
            var path = Path.Combine(directory, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        return files.Select(f => f.RelativePath).ToList();
    }

    private static string ExampleEvidence()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ExoReport.init.example-evidence.yaml")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

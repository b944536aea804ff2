namespace ExoReport.Tests.Evidence.Fixtures;

/// <summary>Reads files of the repository (docs, schema) by walking up from the test output folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ExoReport.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("ExoReport.sln not found above " + AppContext.BaseDirectory);
    }
}

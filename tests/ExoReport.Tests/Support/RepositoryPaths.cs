namespace ExoReport.Tests.Support;

/// <summary>Files of the repository the tests read: the seed review, the data file, the templates.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedReview => Path.Combine(Root, "seeds", "exosomes-sci-review.txt");
    public static string ReviewData => Path.Combine(Root, "data", "exosomes-sci.yaml");

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "ExoReport.sln")))
                return dir.FullName;
        throw new InvalidOperationException("ExoReport.sln not found above " + AppContext.BaseDirectory);
    }
}

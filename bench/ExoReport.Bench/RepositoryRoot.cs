namespace ExoReport.Bench;

/// <summary>The checkout the benchmark runs in: the first folder upwards that holds ExoReport.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "ExoReport.sln")))
                    return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run the benchmarks from inside the ExoReport checkout (no ExoReport.sln found above).");
    }
}

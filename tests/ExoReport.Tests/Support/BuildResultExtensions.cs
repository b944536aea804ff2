using System.Text;
using ExoReport.Build;

namespace ExoReport.Tests.Support;

public static class BuildResultExtensions
{
    public static string Text(this BuildResult result, string relativePath) =>
        Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == relativePath).Content);
}

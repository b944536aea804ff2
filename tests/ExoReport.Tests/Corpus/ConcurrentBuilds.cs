using ExoReport.Cli;
using ExoReport.Tests.Support;
using Xunit.Abstractions;

namespace ExoReport.Tests.Corpus;

/// <summary>
/// Two builds of two different files into one folder at the same moment. Both must succeed, and every output
/// file must be whole: byte for byte one build's version or the other's, never a mix, and no temporary file left.
/// </summary>
public static class ConcurrentBuilds
{
    public static void Check(string folder, string first, string second, ITestOutputHelper output)
    {
        using var alone1 = new TempDirectory();
        using var alone2 = new TempDirectory();
        using var shared = new TempDirectory();
        Assert.Equal(ExitCodes.Ok, CliRun.Start(folder, "build", first, "--out", alone1.Path, "--quiet").ExitCode);
        Assert.Equal(ExitCodes.Ok, CliRun.Start(folder, "build", second, "--out", alone2.Path, "--quiet").ExitCode);

        CliRun? run1 = null, run2 = null;
        using (var start = new Barrier(2))
        {
            var thread1 = new Thread(() => { start.SignalAndWait(); run1 = CliRun.Start(folder, "build", first, "--out", shared.Path, "--quiet"); });
            var thread2 = new Thread(() => { start.SignalAndWait(); run2 = CliRun.Start(folder, "build", second, "--out", shared.Path, "--quiet"); });
            thread1.Start();
            thread2.Start();
            thread1.Join();
            thread2.Join();
        }
        output.WriteLine($"concurrent: {run1!.Summary}; {run2!.Summary}");
        foreach (var run in new[] { run1, run2 })
        {
            UserFacingOutput.AssertNoStackTrace(run);
            Assert.True(run.ExitCode == ExitCodes.Ok, "a concurrent build failed:\n" + run.Error);
            Assert.True(run.Elapsed <= ResourceBounds.Time * 2, $"a concurrent build took {run.Elapsed.TotalSeconds:0.00} s");
        }

        var one = OutputFolder.Read(alone1.Path);
        var other = OutputFolder.Read(alone2.Path);
        var result = OutputFolder.Read(shared.Path);
        result.AssertNoTemporaryFiles();
        Assert.Equal(one.Files.Keys.Union(other.Files.Keys).Order(StringComparer.Ordinal), result.Files.Keys);
        foreach (var (path, bytes) in result.Files)
            Assert.True((one.Files.TryGetValue(path, out var a) && a.AsSpan().SequenceEqual(bytes))
                || (other.Files.TryGetValue(path, out var b) && b.AsSpan().SequenceEqual(bytes)),
                $"{path} is neither build's version: a torn write");
    }
}

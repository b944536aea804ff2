using ExoReport.Cli;
using ExoReport.Tests.Support;

namespace ExoReport.Tests.Corpus;

/// <summary>
/// valid/base.yaml built once through the command line into a folder kept for the whole run: the "earlier
/// outputs" that a failed build must leave byte for byte as they were, and the Markdown shape that hostile
/// strings must not change. Building it first also warms up the code every case runs, so the first case's
/// time is not the JIT's.
/// </summary>
public static class GoldenBuild
{
    public const string BaseFile = "valid/base.yaml";

    private static readonly Lazy<(TempDirectory Folder, OutputFolder Files)> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Folder => Built.Value.Folder.Path;

    public static OutputFolder Files => Built.Value.Files;

    /// <summary>A fresh folder holding a copy of the base build, for a case to build into.</summary>
    public static TempDirectory CopyInto()
    {
        var copy = new TempDirectory();
        OutputFolder.Copy(Folder, copy.Path);
        return copy;
    }

    private static (TempDirectory, OutputFolder) Build()
    {
        var folder = new TempDirectory();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Dispose();
        var run = CliRun.Start(CorpusManifest.Folder, "build", BaseFile, "--out", folder.Path, "--quiet");
        Assert.True(run.ExitCode == ExitCodes.Ok, $"the base file does not build: {run.Error}");
        return (folder, OutputFolder.Read(folder.Path));
    }
}

using ExoReport.Cli;
using ExoReport.Tests.Support;
using Xunit.Abstractions;

namespace ExoReport.Tests.Corpus;

/// <summary>
/// Runs every case of tests/corpus through the command line (<see cref="ExoReportApp.Run"/>) and checks the
/// outcome its manifest declares. Every case: no stack trace or exception name reaches the user, and the run
/// stays within <see cref="ResourceBounds"/>. A build: all outputs written, Markdown read back by Markdig
/// with the data as text and no smuggled markup, LaTeX compiled by pdflatex and read back, our own PDF read
/// back when the build writes one. An error: exit 1, a diagnostic with its code, line and column, and the
/// outputs of an earlier build in the same folder left byte for byte as they were.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class CorpusTests(ITestOutputHelper output)
{
    /// <summary>A file that a LaTeX \write18 attack in the corpus would create if it ever ran.</summary>
    private const string CommandMarker = "/tmp/exoreport-corpus-pwned";

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in CorpusManifest.Instance.Files.Keys.Order(StringComparer.Ordinal))
            data.Add("files/" + name);
        foreach (var generated in GeneratedCases.All)
            data.Add("generated/" + generated.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string id)
    {
        using var input = new TempDirectory();
        var (entry, folder, file) = Resolve(id, input.Path);
        if (entry.Out == "concurrent")
        {
            ConcurrentBuilds.Check(folder, file, GoldenBuild.BaseFile, output);
            return;
        }

        using var outputFolder = entry.Outcome.Kind == OutcomeKind.Builds ? new TempDirectory() : GoldenBuild.CopyInto();
        var target = OutputTarget.Prepare(entry.Out, outputFolder.Path);
        var before = OutputFolder.Read(outputFolder.Path);
        List<string> args = ["build", file, "--out", target, "--quiet"];
        if (id.StartsWith("files/templates/", StringComparison.Ordinal))
            args.AddRange(["--templates", Path.Combine(CorpusManifest.Folder, entry.Name)]);
        if (entry.Formats is not null)
            args.AddRange(["--format", entry.Formats]);
        args.AddRange(entry.Args ?? []);

        var run = CliRun.Start(folder, [.. args]);
        output.WriteLine($"{id}: {entry.Outcome} -> {run.Summary}");
        if (entry.KnownIssue is not null)
            output.WriteLine($"known issue (--format {entry.Formats ?? "all"}, time bound {entry.TimeBound.TotalSeconds} s): {entry.KnownIssue}");
        output.WriteLine(run.Error.Length <= 2000 ? run.Error : run.Error[..2000] + "...");

        UserFacingOutput.AssertNoStackTrace(run);
        Assert.True(run.Elapsed <= entry.TimeBound, $"took {run.Elapsed.TotalSeconds:0.00} s; the bound is {entry.TimeBound.TotalSeconds} s");
        Assert.True(run.PeakMemoryGrowth <= ResourceBounds.Memory, $"memory grew by {run.PeakMemoryGrowth:N0} bytes; the bound is {ResourceBounds.Memory:N0}");
        Assert.False(File.Exists(CommandMarker), "a command from the data ran: " + CommandMarker + " exists");

        switch (entry.Outcome.Kind)
        {
            case OutcomeKind.Builds:
                Assert.True(run.ExitCode == ExitCodes.Ok, $"expected a build, got exit {run.ExitCode}:\n{run.Error}");
                BuiltOutputs.Check(entry, outputFolder.Path);
                break;
            case OutcomeKind.Error:
                Assert.True(run.ExitCode == ExitCodes.Invalid, $"expected exit 1, got {run.ExitCode}:\n{run.Error}");
                DiagnosticLines.AssertReports(entry.Outcome, run.Error);
                OutputFolder.Read(outputFolder.Path).AssertSameAs(before, "a failed build touched the earlier outputs");
                break;
            default:
                Assert.True(run.ExitCode == ExitCodes.UsageOrIo, $"expected exit 2, got {run.ExitCode}:\n{run.Error}");
                Assert.True(run.Error.StartsWith("exoreport: ", StringComparison.Ordinal) || DiagnosticLines.Errors(run.Error).Count > 0,
                    "a refused build must say why:\n" + run.Error);
                OutputFolder.Read(outputFolder.Path).AssertSameAs(before, "a refused build touched the output folder");
                break;
        }
    }

    /// <summary>The entry, the folder to run in, and the evidence file as the user types it there.</summary>
    private static (CorpusEntry Entry, string Folder, string File) Resolve(string id, string scratch)
    {
        var manifest = CorpusManifest.Instance;
        if (id.StartsWith("files/", StringComparison.Ordinal))
        {
            var entry = manifest.Files[id["files/".Length..]];
            return (entry, CorpusManifest.Folder, entry.Evidence ?? entry.Name);
        }
        var generated = GeneratedCases.All.Single(c => "generated/" + c.Name == id);
        var name = Path.GetFileName(generated.Name).EndsWith(".yaml", StringComparison.Ordinal) ? Path.GetFileName(generated.Name) : "case.yaml";
        File.WriteAllBytes(Path.Combine(scratch, name), generated.Bytes);
        return (generated.Entry, scratch, name);
    }
}

using System.Diagnostics;
using System.Globalization;
using ExoReport.Evidence;

namespace ExoReport.Fuzz;

/// <summary>
/// The fallback fuzzer when AFL is not at hand: mutates the corpus seeds in process for a fixed time, runs
/// <see cref="FuzzTarget"/> on each input, and saves crashes, slow inputs and memory hogs. No coverage feedback;
/// instead inputs that still load as valid evidence are kept as further parents, so mutations reach the build.
/// </summary>
public sealed class MutationLoop(LoopSettings settings)
{
    private const int MaxValidPool = 2000;

    public int Run(TextWriter log)
    {
        var seeds = LoadSeeds(settings.SeedDirectory);
        if (seeds.Count == 0)
        {
            log.WriteLine($"fuzz: no seeds under {settings.SeedDirectory}");
            return 2;
        }
        var random = new Random(settings.RandomSeed);
        var mutator = new Mutator(random);
        var findings = new FindingStore(settings.FindingsDirectory);
        var validPool = new List<byte[]>();
        var stats = new LoopStats();
        var watchdog = new HangWatchdog(LoopSettings.Hang, settings.FindingsDirectory, log);
        watchdog.Start();

        log.WriteLine($"fuzz: {seeds.Count} seeds, {settings.Duration.TotalSeconds:0} s, random seed {settings.RandomSeed}");
        var clock = Stopwatch.StartNew();
        var nextReport = TimeSpan.FromSeconds(30);
        while (clock.Elapsed < settings.Duration)
        {
            var parent = validPool.Count > 0 && random.Next(3) == 0 ? validPool[random.Next(validPool.Count)] : seeds[random.Next(seeds.Count)];
            var input = mutator.Mutate(parent, seeds[random.Next(seeds.Count)]);
            Execute(input, findings, validPool, stats, watchdog, random, log);
            if (clock.Elapsed >= nextReport)
            {
                log.WriteLine(stats.Line(clock.Elapsed, findings.Unique));
                nextReport += TimeSpan.FromSeconds(30);
            }
        }
        watchdog.Stop();
        log.WriteLine(stats.Line(clock.Elapsed, findings.Unique));
        return findings.Unique == 0 ? 0 : 1;
    }

    private void Execute(byte[] input, FindingStore findings, List<byte[]> validPool, LoopStats stats, HangWatchdog watchdog, Random random, TextWriter log)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var timer = Stopwatch.StartNew();
        watchdog.Begin(input);
        try
        {
            FuzzTarget.Run(input);
        }
        catch (Exception e)
        {
            if (findings.Save("crash", FindingStore.Signature(e), input, e.ToString()))
                log.WriteLine($"fuzz: NEW crash {FindingStore.Signature(e)}");
            stats.Crashes++;
        }
        finally
        {
            watchdog.End();
        }
        timer.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        stats.Record(timer.Elapsed, allocated);

        if (timer.Elapsed > LoopSettings.SlowInput
            && findings.Save("slow", Bucket(timer.Elapsed) + " " + input.Length, input, $"{timer.Elapsed.TotalMilliseconds:0} ms"))
            log.WriteLine($"fuzz: NEW slow input, {timer.Elapsed.TotalMilliseconds:0} ms, {input.Length} bytes");
        if (allocated > LoopSettings.MemoryBound
            && findings.Save("memory", input.Length.ToString(CultureInfo.InvariantCulture), input, $"{allocated:N0} bytes allocated"))
            log.WriteLine($"fuzz: NEW memory hog, {allocated:N0} bytes");

        // Cheap second look, only to decide whether the input is worth mutating further.
        if (EvidenceLoader.LoadBytes("fuzz.yaml", input).Evidence is not null)
        {
            stats.Valid++;
            if (validPool.Count < MaxValidPool)
                validPool.Add(input);
            else
                validPool[random.Next(MaxValidPool)] = input;
        }
    }

    private static string Bucket(TimeSpan elapsed) => elapsed.TotalSeconds switch { < 5 => "2-5s", < 10 => "5-10s", _ => "10s+" };

    private static List<byte[]> LoadSeeds(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => new FileInfo(path))
            .Where(info => info.Length <= LoopSettings.MaxSeedBytes)
            .Select(info => File.ReadAllBytes(info.FullName))
            .ToList();
}

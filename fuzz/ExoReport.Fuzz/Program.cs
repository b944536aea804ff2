using System.Globalization;
using SharpFuzz;

namespace ExoReport.Fuzz;

/// <summary>
/// <c>ExoReport.Fuzz</c> (no arguments): the SharpFuzz target for afl-fuzz, one input on stdin.
/// <c>loop --seconds N --seeds DIR --findings DIR [--seed N]</c>: the in-process mutation loop.
/// <c>replay FILE...</c>: runs saved inputs once each and says which still fail.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] == "afl")
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                FuzzTarget.Run(memory.ToArray());
            });
            return 0;
        }
        return args[0] switch
        {
            "loop" => new MutationLoop(ReadLoopSettings(args)).Run(Console.Out),
            "replay" => Replay(args.Skip(1)),
            _ => Usage(),
        };
    }

    private static int Replay(IEnumerable<string> files)
    {
        var failed = 0;
        foreach (var file in files)
        {
            var started = DateTime.UtcNow;
            try
            {
                FuzzTarget.Run(File.ReadAllBytes(file));
                Console.WriteLine($"ok    {file} ({(DateTime.UtcNow - started).TotalMilliseconds:0} ms)");
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"FAIL  {file}: {e}");
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static LoopSettings ReadLoopSettings(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }
        return new LoopSettings(
            TimeSpan.FromSeconds(double.Parse(Value("--seconds", "60"), CultureInfo.InvariantCulture)),
            Value("--seeds", "tests/corpus"),
            Value("--findings", "fuzz/findings"),
            int.Parse(Value("--seed", "1"), CultureInfo.InvariantCulture));
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: ExoReport.Fuzz [afl] | loop --seconds N --seeds DIR --findings DIR [--seed N] | replay FILE...");
        return 2;
    }
}

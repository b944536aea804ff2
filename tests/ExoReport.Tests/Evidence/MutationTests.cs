using System.Text;
using ExoReport.Evidence;
using ExoReport.Tests.Evidence.Fixtures;

namespace ExoReport.Tests.Evidence;

/// <summary>
/// Damaged copies of a valid file (characters and bytes inserted, deleted, replaced, lines swapped) must always
/// give diagnostics, never an exception, and a model exactly when there is no error. Seeded, so every run
/// checks the same cases and a failure can be replayed.
/// </summary>
public class MutationTests
{
    private const int Cases = 600;
    private const string Alphabet = " \n\t:-[]{},&*!|>'\"#?%@`~0123456789abcxyzβ\r\0";

    [Fact]
    public void DamagedTextNeverThrows()
    {
        var random = new Random(20250630);
        var original = EvidenceSamples.Full;
        for (var i = 0; i < Cases; i++)
        {
            var damaged = Damage(original, random);
            var result = Load(() => EvidenceLoader.LoadText("x.yaml", damaged), damaged);
            Assert.True(result.HasErrors == (result.Evidence is null), DiagnosticAssert.Dump(result));
            Assert.All(result.Diagnostics, d => Assert.Matches("^EXO0[0-9]{2}$", d.Code));
        }
    }

    [Fact]
    public void DamagedBytesNeverThrow()
    {
        var random = new Random(7);
        var original = Encoding.UTF8.GetBytes(EvidenceSamples.Full);
        for (var i = 0; i < Cases / 3; i++)
        {
            var bytes = (byte[])original.Clone();
            for (var n = random.Next(1, 4); n > 0; n--)
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            Load(() => EvidenceLoader.LoadBytes("x.yaml", bytes), Convert.ToBase64String(bytes));
        }
    }

    private static EvidenceLoadResult Load(Func<EvidenceLoadResult> load, string input)
    {
        try
        {
            return load();
        }
        catch (Exception e)
        {
            Assert.Fail($"{e.GetType().Name}: {e.Message}\ninput:\n{input}");
            throw;
        }
    }

    private static string Damage(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(random.Next(1, 6), builder.Length - at));
                    break;
                case 2:
                    builder[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                default:
                    var lines = builder.ToString().Split('\n');
                    var a = random.Next(lines.Length);
                    var b = random.Next(lines.Length);
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                    builder = new StringBuilder(string.Join('\n', lines));
                    break;
            }
        }
        return builder.ToString();
    }
}

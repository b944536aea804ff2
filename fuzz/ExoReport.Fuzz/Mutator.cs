using System.Text;

namespace ExoReport.Fuzz;

/// <summary>
/// Damages a seed in one of several ways: raw byte edits (flips, interesting bytes, deletions, duplications),
/// splices of two seeds, YAML tokens inserted, lines swapped, re-indented or dropped, and values or keys
/// replaced. The structured edits keep most of a file valid, so the build behind the loader gets exercised too.
/// </summary>
public sealed class Mutator(Random random)
{
    private static readonly byte[] InterestingBytes =
        [0x00, 0x09, 0x0A, 0x0D, 0x20, 0x22, 0x27, 0x23, 0x3A, 0x2D, 0x5B, 0x5D, 0x7B, 0x7D, 0x26, 0x2A, 0x21, 0x7C,
         0x3E, 0x25, 0x40, 0x60, 0x5C, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xEF, 0xF0, 0xF4, 0xF8, 0xFE, 0xFF];

    public byte[] Mutate(byte[] seed, byte[] other)
    {
        var data = seed;
        for (var rounds = 1 + random.Next(3); rounds > 0; rounds--)
            data = MutateOnce(data, other);
        return data;
    }

    private byte[] MutateOnce(byte[] data, byte[] other)
    {
        if (data.Length == 0)
            return Encoding.UTF8.GetBytes(Pick(YamlTokens.Syntax));
        return random.Next(12) switch
        {
            0 => FlipBit(data),
            1 => SetByte(data),
            2 => DeleteRange(data),
            3 => DuplicateRange(data),
            4 => Splice(data, other),
            5 or 6 => InsertText(data, Pick(YamlTokens.Syntax)),
            7 => EditLines(data),
            8 or 9 => ReplaceValue(data),
            10 => ReplaceKey(data),
            _ => Reindent(data),
        };
    }

    private byte[] FlipBit(byte[] data)
    {
        var copy = (byte[])data.Clone();
        copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private byte[] SetByte(byte[] data)
    {
        var copy = (byte[])data.Clone();
        copy[random.Next(copy.Length)] = InterestingBytes[random.Next(InterestingBytes.Length)];
        return copy;
    }

    private byte[] DeleteRange(byte[] data)
    {
        var start = random.Next(data.Length);
        var length = Math.Min(data.Length - start, 1 + random.Next(random.Next(2) == 0 ? 8 : 200));
        return [.. data.AsSpan(0, start), .. data.AsSpan(start + length)];
    }

    private byte[] DuplicateRange(byte[] data)
    {
        var start = random.Next(data.Length);
        var length = Math.Min(data.Length - start, 1 + random.Next(400));
        var at = random.Next(data.Length + 1);
        return [.. data.AsSpan(0, at), .. data.AsSpan(start, length), .. data.AsSpan(at)];
    }

    private byte[] Splice(byte[] data, byte[] other)
    {
        if (other.Length == 0)
            return data;
        var cut = random.Next(data.Length + 1);
        var from = random.Next(other.Length + 1);
        return [.. data.AsSpan(0, cut), .. other.AsSpan(from)];
    }

    private byte[] InsertText(byte[] data, string text)
    {
        var at = random.Next(2) == 0 ? LineStart(data) : random.Next(data.Length + 1);
        return [.. data.AsSpan(0, at), .. Encoding.UTF8.GetBytes(text), .. data.AsSpan(at)];
    }

    private byte[] EditLines(byte[] data)
    {
        var lines = Lines(data);
        if (lines.Count < 2)
            return data;
        var a = random.Next(lines.Count);
        var b = random.Next(lines.Count);
        switch (random.Next(3))
        {
            case 0:
                (lines[a], lines[b]) = (lines[b], lines[a]);
                break;
            case 1:
                lines.Insert(b, lines[a]);
                break;
            default:
                lines.RemoveAt(a);
                break;
        }
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>Replaces what follows a "key: " on a random line with a value from the token list.</summary>
    private byte[] ReplaceValue(byte[] data)
    {
        var lines = Lines(data);
        var candidates = Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains(": ", StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0)
            return InsertText(data, Pick(YamlTokens.Values));
        var index = candidates[random.Next(candidates.Count)];
        var line = lines[index];
        var colons = AllIndexes(line, ": ");
        var colon = colons[random.Next(colons.Count)];
        var end = random.Next(2) == 0 ? line.Length : NextDelimiter(line, colon + 2);
        lines[index] = line[..(colon + 2)] + Pick(YamlTokens.Values) + line[end..];
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private byte[] ReplaceKey(byte[] data)
    {
        var lines = Lines(data);
        var candidates = Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains(": ", StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0)
            return data;
        var index = candidates[random.Next(candidates.Count)];
        var line = lines[index];
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var keyStart = colon;
        while (keyStart > 0 && line[keyStart - 1] is not (' ' or '{' or ',' or '-'))
            keyStart--;
        lines[index] = line[..keyStart] + Pick(YamlTokens.Keys) + line[colon..];
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private byte[] Reindent(byte[] data)
    {
        var lines = Lines(data);
        var index = random.Next(lines.Count);
        var shift = random.Next(-4, 5);
        lines[index] = shift >= 0 ? new string(' ', shift) + lines[index] : lines[index].TrimStart().PadLeft(Math.Max(0, lines[index].Length + shift));
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private int LineStart(byte[] data)
    {
        var at = random.Next(data.Length + 1);
        while (at > 0 && data[at - 1] != (byte)'\n')
            at--;
        return at;
    }

    private static int NextDelimiter(string line, int from)
    {
        for (var i = from; i < line.Length; i++)
            if (line[i] is ',' or '}' or ']')
                return i;
        return line.Length;
    }

    private static List<int> AllIndexes(string text, string needle)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + 1, StringComparison.Ordinal))
            found.Add(i);
        return found;
    }

    // Lossy for invalid UTF-8, which is fine: the byte-level edits cover that ground.
    private static List<string> Lines(byte[] data) => [.. Encoding.UTF8.GetString(data).Split('\n')];

    private string Pick(string[] items) => items[random.Next(items.Length)];
}

namespace ExoReport.Evidence.Validation;

/// <summary>
/// "Did you mean ...?" for a misspelt key or id: the closest candidate by Damerau–Levenshtein distance (optimal
/// string alignment: a swap of two neighbours counts as one edit, so "lable" is one edit from "label"). Names
/// that differ only in case, '_' or '-' always match. Too distant names give no suggestion rather than a silly one.
/// </summary>
public static class NameSuggester
{
    public static string? Suggest(string wrong, IEnumerable<string> candidates)
    {
        var normalizedWrong = Normalize(wrong);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate == wrong)
                continue;
            if (Normalize(candidate) == normalizedWrong)
                return candidate;
            var distance = Distance(wrong.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= MaxDistance(wrong) ? best : null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    // One edit for short names, up to three for long ones: "rat" must not suggest "row".
    private static int MaxDistance(string wrong) => wrong.Length switch
    {
        <= 4 => 1,
        <= 9 => 2,
        _ => 3,
    };

    private static string Normalize(string name) =>
        new(name.Where(c => c is not ('_' or '-' or ' ')).Select(char.ToLowerInvariant).ToArray());
}

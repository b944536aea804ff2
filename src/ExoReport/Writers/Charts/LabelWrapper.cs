namespace ExoReport.Writers.Charts;

/// <summary>
/// Breaks a label into lines at spaces (and after hyphens and slashes) so no line is wider than a limit,
/// with the lines as even as possible (no lone last word). A single word wider than the limit stays whole
/// on its own line: callers check <see cref="Fits"/> and fall back to a smaller font or rotated labels.
/// </summary>
internal static class LabelWrapper
{
    public static string Wrap(string label, float maxWidth, TextMeasurer measurer)
    {
        Piece[] pieces = Split(label).ToArray();
        List<string> greedy = Greedy(pieces, maxWidth, measurer);
        if (greedy.Count <= 1)
            return string.Join('\n', greedy);

        // Narrow the limit as far as it goes without needing another line: the lines even out.
        float low = 0, high = greedy.Max(measurer.Width);
        List<string> best = greedy;
        for (int step = 0; step < 12; step++)
        {
            float middle = (low + high) / 2;
            List<string> trial = Greedy(pieces, middle, measurer);
            if (trial.Count <= greedy.Count && trial.All(line => measurer.Width(line) <= middle))
            {
                best = trial;
                high = middle;
            }
            else
            {
                low = middle;
            }
        }
        return string.Join('\n', best);
    }

    /// <summary>True when every line of an already wrapped label is within the limit.</summary>
    public static bool Fits(string wrapped, float maxWidth, TextMeasurer measurer) =>
        wrapped.Split('\n').All(line => measurer.Width(line) <= maxWidth);

    private static List<string> Greedy(Piece[] pieces, float maxWidth, TextMeasurer measurer)
    {
        var lines = new List<string>();
        string current = "";
        foreach (Piece piece in pieces)
        {
            string candidate = current.Length == 0 ? piece.Text : current + piece.Separator + piece.Text;
            if (current.Length == 0 || measurer.Width(candidate) <= maxWidth)
            {
                current = candidate;
            }
            else
            {
                lines.Add(current);
                current = piece.Text;
            }
        }
        if (current.Length > 0)
            lines.Add(current);
        return lines;
    }

    /// <summary>A breakable piece of a label and what joins it to the piece before on the same line.</summary>
    private readonly record struct Piece(string Text, string Separator);

    // A hyphen or slash stays at the end of its line ("stem/" | "progenitor"), as in print.
    private static IEnumerable<Piece> Split(string label)
    {
        foreach (string word in label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            int start = 0;
            string separator = " ";
            for (int i = 0; i < word.Length - 1; i++)
            {
                if ((word[i] == '-' || word[i] == '/') && i > start)
                {
                    yield return new Piece(word[start..(i + 1)], separator);
                    start = i + 1;
                    separator = "";
                }
            }
            yield return new Piece(word[start..], separator);
        }
    }
}

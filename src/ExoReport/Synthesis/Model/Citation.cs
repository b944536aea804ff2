using System.Globalization;

namespace ExoReport.Synthesis.Model;

/// <summary>Citation numbers attached to a piece of text, sorted and without duplicates.</summary>
public sealed record Citation(IReadOnlyList<int> Numbers)
{
    public static readonly Citation None = new(Array.Empty<int>());

    public bool IsEmpty => Numbers.Count == 0;

    /// <summary>The compact runs the review prints: 41 and 43 stay apart, 12 to 15 collapse to "12–15".</summary>
    public IReadOnlyList<CitationSegment> Segments
    {
        get
        {
            var segments = new List<CitationSegment>();
            for (var i = 0; i < Numbers.Count; i++)
            {
                var end = i;
                while (end + 1 < Numbers.Count && Numbers[end + 1] == Numbers[end] + 1)
                    end++;
                if (end - i >= 2)
                {
                    segments.Add(new CitationSegment(Numbers[i], Numbers[end]));
                    i = end;
                }
                else
                {
                    segments.Add(new CitationSegment(Numbers[i], Numbers[i]));
                }
            }
            return segments;
        }
    }

    /// <summary>"39", "41,43", "12–15".</summary>
    public string Text => string.Join(",", Segments.Select(s => s.Text));

    public override string ToString() => Text;
}

/// <summary>One number, or a run of three or more consecutive numbers printed as a range.</summary>
public sealed record CitationSegment(int First, int Last)
{
    public string Text => First == Last
        ? First.ToString(CultureInfo.InvariantCulture)
        : First.ToString(CultureInfo.InvariantCulture) + "–" + Last.ToString(CultureInfo.InvariantCulture);
}

using ExoReport.Evidence.Model;
using ExoReport.Synthesis.Model;

namespace ExoReport.Synthesis;

/// <summary>
/// Gives references their numbers. In appearance mode a number is handed out on first citation, so the
/// synthesis must cite in the order the report shows its sections; one instance serves one synthesis run.
/// </summary>
public sealed class CitationNumbering
{
    private readonly IReadOnlyList<Reference> _references;
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly bool _byAppearance;

    private CitationNumbering(IReadOnlyList<Reference> references, bool byAppearance)
    {
        _references = references;
        _byAppearance = byAppearance;
        if (!byAppearance)
            foreach (var reference in references)
                _numbers[reference.Id] = reference.Number!.Value;
    }

    /// <summary>The numbering for a mode, or an explanation of why the data cannot be numbered that way.</summary>
    public static CitationNumbering Create(IReadOnlyList<Reference> references, NumberingMode mode, out string? problem)
    {
        problem = null;
        var unnumbered = references.Where(r => r.Number is null).Select(r => r.Id).ToList();
        switch (mode)
        {
            case NumberingMode.Appearance:
                return new CitationNumbering(references, byAppearance: true);
            case NumberingMode.Source when unnumbered.Count > 0:
                problem = $"--numbering source needs a 'number' on every reference; {unnumbered.Count} have none (first: '{unnumbered[0]}')";
                return new CitationNumbering(references, byAppearance: true);
            default:
                return new CitationNumbering(references, byAppearance: unnumbered.Count > 0);
        }
    }

    public Citation Cite(string referenceId) => Cite([referenceId]);

    public Citation Cite(IEnumerable<string> referenceIds)
    {
        var numbers = new SortedSet<int>();
        foreach (var id in referenceIds)
        {
            if (!_numbers.TryGetValue(id, out var number))
            {
                if (!_byAppearance)
                    continue; // validation already reported the unknown id
                number = _numbers.Count + 1;
                _numbers[id] = number;
            }
            numbers.Add(number);
        }
        return numbers.Count == 0 ? Citation.None : new Citation(numbers.ToArray());
    }

    /// <summary>Every reference with its number, in number order; uncited ones are numbered after the cited.</summary>
    public IReadOnlyList<(Reference Reference, int Number)> NumberAll()
    {
        foreach (var reference in _references)
            if (!_numbers.ContainsKey(reference.Id))
                _numbers[reference.Id] = _numbers.Count + 1;
        return _references.Select(r => (r, _numbers[r.Id])).OrderBy(p => p.Item2).ToList();
    }
}

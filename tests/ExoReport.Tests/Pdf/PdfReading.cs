using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;

namespace ExoReport.Tests.Pdf;

/// <summary>
/// A rendered report read back with PdfPig. Texts are compared "compact" (all whitespace removed): the layout
/// engine draws words, not spaces, and a cell's words may wrap anywhere, but within one text block the letters
/// come in reading order.
/// </summary>
internal sealed class PdfReading : IDisposable
{
    private readonly string[] _pageTexts;

    private PdfReading(byte[] pdf)
    {
        Document = PdfDocument.Open(pdf);
        Pages = Document.GetPages().ToArray();
        _pageTexts = Pages.Select(p => Compact(string.Concat(p.Letters.Select(l => l.Value)))).ToArray();
        AllText = string.Concat(_pageTexts);
    }

    public PdfDocument Document { get; }

    public IReadOnlyList<Page> Pages { get; }

    /// <summary>Every page's letters, whitespace removed, one after another.</summary>
    public string AllText { get; }

    public static PdfReading Open(byte[] pdf) => new(pdf);

    public static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The compact text of a page (1-based).</summary>
    public string PageText(int page) => _pageTexts[page - 1];

    /// <summary>Pages (1-based) whose compact text contains <paramref name="text"/> (compacted too).</summary>
    public int[] PagesContaining(string text)
    {
        var compact = Compact(text);
        return Enumerable.Range(1, Pages.Count).Where(p => _pageTexts[p - 1].Contains(compact, StringComparison.Ordinal)).ToArray();
    }

    public bool Contains(string text) => AllText.Contains(Compact(text), StringComparison.Ordinal);

    public int Occurrences(string text)
    {
        var compact = Compact(text);
        var count = 0;
        for (var i = AllText.IndexOf(compact, StringComparison.Ordinal); i >= 0; i = AllText.IndexOf(compact, i + compact.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    /// <summary>The letters of the first occurrence of <paramref name="text"/> on a page (1-based), or none.</summary>
    public IReadOnlyList<Letter> Find(int page, string text)
    {
        var compact = Compact(text);
        var index = _pageTexts[page - 1].IndexOf(compact, StringComparison.Ordinal);
        if (index < 0)
            return [];
        var result = new List<Letter>();
        var offset = 0;
        foreach (var letter in Pages[page - 1].Letters)
        {
            var value = Compact(letter.Value);
            if (value.Length == 0)
                continue;
            if (offset >= index && offset < index + compact.Length)
                result.Add(letter);
            offset += value.Length;
        }
        return result;
    }

    public IEnumerable<(int Page, Annotation Link)> Links() =>
        Pages.SelectMany(p => p.GetAnnotations().Where(a => a.Type == AnnotationType.Link).Select(a => (p.Number, a)));

    public IReadOnlyList<string> UriTargets() =>
        Links().Select(l => l.Link.Action).OfType<UriAction>().Select(a => a.Uri).ToList();

    /// <summary>The letters under a link's rectangle, as text: what the reader clicks.</summary>
    public string TextUnder(int page, Annotation link)
    {
        var r = link.Rectangle;
        return string.Concat(Pages[page - 1].Letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .Where(l =>
            {
                var x = (l.BoundingBox.Left + l.BoundingBox.Right) / 2;
                var y = (l.BoundingBox.Bottom + l.BoundingBox.Top) / 2;
                return x >= r.Left && x <= r.Right && y >= r.Bottom && y <= r.Top;
            })
            .Select(l => l.Value));
    }

    public void Dispose() => Document.Dispose();
}

using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ExoReport.Layout.Tests.Support;

/// <summary>Reads a rendered PDF back with PdfPig: page texts in drawing order, letters, and the content box.</summary>
internal sealed class PdfView : IDisposable
{
    private PdfView(byte[] pdf)
    {
        Document = PdfDocument.Open(pdf);
        Pages = Document.GetPages().ToArray();
    }

    public PdfDocument Document { get; }

    public IReadOnlyList<Page> Pages { get; }

    public static PdfView Open(PdfRenderResult result) => new(result.Pdf);

    /// <summary>The letters of a page (1-based) in the order they were drawn, spaces included.</summary>
    public string Text(int page) => string.Concat(Pages[page - 1].Letters.Select(l => l.Value));

    public string AllText => string.Concat(Pages.Select(p => string.Concat(p.Letters.Select(l => l.Value))));

    /// <summary>Pages (1-based) whose text contains <paramref name="text"/>.</summary>
    public int[] PagesContaining(string text) =>
        Enumerable.Range(1, Pages.Count).Where(p => Text(p).Contains(text, StringComparison.Ordinal)).ToArray();

    public int Occurrences(string text)
    {
        var all = AllText;
        var count = 0;
        for (var i = all.IndexOf(text, StringComparison.Ordinal); i >= 0; i = all.IndexOf(text, i + text.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    /// <summary>The letters of the first occurrence of <paramref name="text"/> on a page.</summary>
    public IReadOnlyList<Letter> Find(int page, string text)
    {
        var letters = Pages[page - 1].Letters;
        var joined = string.Concat(letters.Select(l => l.Value));
        var index = joined.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' not found on page {page}: {joined}");
        // Each letter is one string of length 1 or 2 (surrogates): walk to the letter index.
        var result = new List<Letter>();
        var offset = 0;
        foreach (var letter in letters)
        {
            if (offset >= index && offset < index + text.Length)
                result.Add(letter);
            offset += letter.Value.Length;
        }
        return result;
    }

    /// <summary>The content area inside the margins, in PDF coordinates (origin bottom-left).</summary>
    public static PdfRectangle ContentBox(Page page, float margin = TestDocuments.Margin) =>
        new(margin, margin, page.Width - margin, page.Height - margin);

    public void Dispose() => Document.Dispose();
}

using System.Text;

namespace ExoReport.Tests.Corpus;

/// <summary>
/// Whether a string reads back from an output's text. Layout may add or drop white space anywhere (table cells
/// wrap, TeX writes no spaces, Markdown collapses runs), so white space is ignored on both sides; a ligature
/// glyph a PDF reader returns counts as its letters; and a hyphen TeX added at a line end is forgiven by also
/// trying the text with such hyphens removed. (No Unicode normalisation: the tests run with invariant
/// globalization, where string.Normalize does nothing; a manifest states other renderings explicitly.)
/// </summary>
public static class ShownText
{
    public static bool Contains(string extracted, string expected)
    {
        var wanted = Squeeze(expected);
        return wanted.Length == 0
            || Squeeze(extracted).Contains(wanted, StringComparison.Ordinal)
            || Squeeze(extracted.Replace("-\n", "", StringComparison.Ordinal)).Contains(wanted, StringComparison.Ordinal);
    }

    public static void AssertShows(string format, string extracted, IEnumerable<string> expected)
    {
        foreach (var text in expected)
            Assert.True(Contains(extracted, text),
                $"{format} does not show {Describe(text)}\n--- {format} text (start) ---\n{Head(extracted)}");
    }

    public static void AssertNeverShows(string format, string extracted, IEnumerable<string> forbidden)
    {
        foreach (var text in forbidden)
            Assert.False(Contains(extracted, text), $"{format} shows {Describe(text)}, which must never appear");
    }

    private static string Squeeze(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
                continue;
            builder.Append(c switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    private static string Describe(string text) => text.Length <= 200 ? $"'{text}'" : $"'{text[..200]}...' ({text.Length} characters)";

    private static string Head(string text) => text.Length <= 3000 ? text : text[..3000] + "...";
}

using ExoReport.Layout.Tests.Support;

namespace ExoReport.Layout.Tests;

/// <summary>
/// Subsets kept between renders of the same fonts (a watch's rebuilds) are reused when the characters are the
/// same, cut again when they are not, and never change the PDF.
/// </summary>
public class FontSubsetCacheTests
{
    private static readonly DocumentMetadata Metadata = new()
    {
        Created = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc),
        Modified = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc),
    };

    private static Element Content(string extra) => new Column(
        new TextBlock(Span.Bold("Title "), Span.Text("body text " + extra)),
        new TextBlock(TestDocuments.NumberedWords(40, "w")));

    private static byte[] Render(FontSet fonts, string extra, FontSubsetCache? cache) =>
        PdfRenderer.Render(new DocumentBuilder(new DocumentSettings(fonts) { Metadata = Metadata, SubsetCache = cache })
            .Content(Content(extra))).Pdf;

    [Fact]
    public void The_same_characters_reuse_the_subsets_and_give_the_same_bytes()
    {
        using var fonts = TestDocuments.Fonts();
        using var cache = new FontSubsetCache();

        var first = Render(fonts, "abc", cache);
        var cut = cache.Misses;
        var second = Render(fonts, "cab", cache);

        Assert.True(cut >= 2, $"a regular and a bold face were drawn, {cut} subsets cut");
        Assert.Equal(cut, cache.Misses);
        Assert.Equal(cut, cache.Hits);
        Assert.Equal(Render(fonts, "abc", cache: null), first);
        Assert.Equal(Render(fonts, "cab", cache: null), second);
    }

    [Fact]
    public void A_new_character_cuts_that_face_again_and_keeps_the_others()
    {
        using var fonts = TestDocuments.Fonts();
        using var cache = new FontSubsetCache();

        Render(fonts, "abc", cache);
        var cut = cache.Misses;
        var withQ = Render(fonts, "abc Q", cache);

        Assert.Equal(cut + 1, cache.Misses);
        Assert.Equal(cut - 1, cache.Hits);
        Assert.Equal(Render(fonts, "abc Q", cache: null), withQ);
    }

    [Fact]
    public void Only_the_last_renders_subsets_are_kept()
    {
        using var fonts = TestDocuments.Fonts();
        using var cache = new FontSubsetCache();

        Render(fonts, "abc", cache);
        Render(fonts, "abc Q", cache);
        var misses = cache.Misses;
        // The regular face's "abc" subset was not used by the render before this one: it is gone, and cut again.
        var again = Render(fonts, "abc", cache);

        Assert.Equal(misses + 1, cache.Misses);
        Assert.Equal(Render(fonts, "abc", cache: null), again);
    }
}

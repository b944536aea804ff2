using ExoReport.Writers.Markdown;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ExoReport.Tests.Escaping;

/// <summary>What <see cref="MarkdownText"/> writes, case by case.</summary>
public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("`code`", @"\`code\`")]
    [InlineData("*em* _em_", @"\*em\* \_em\_")]
    [InlineData("[link](x)", @"\[link\](x)")]
    [InlineData("![img](x)", @"!\[img\](x)")]
    [InlineData("<b>bold</b>", @"\<b>bold\</b>")]
    [InlineData("a | b", @"a \| b")]
    [InlineData("~~gone~~", @"\~\~gone\~\~")]
    [InlineData("$x$", @"\$x\$")]
    [InlineData("{#id}", @"\{#id\}")]
    [InlineData("AT&T &amp; &#35; &x", @"AT&T \&amp; \&#35; &x")]
    public void Escapes_inline_markup(string text, string markdown) => Assert.Equal(markdown, MarkdownText.Inline(text));

    [Theory]
    [InlineData("# Title", @"\# Title")]
    [InlineData("> quote", @"\> quote")]
    [InlineData("- item", @"\- item")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("===", @"\===")]
    [InlineData("1. first", @"1\. first")]
    [InlineData("12) twelfth", @"12\) twelfth")]
    [InlineData("1.5 mg", @"1.5 mg")]
    [InlineData("a # b > c - d + e 2. f", "a # b > c - d + e 2. f")]
    public void Escapes_block_starts_only_at_the_start(string text, string markdown) =>
        Assert.Equal(markdown, MarkdownText.Inline(text));

    [Theory]
    [InlineData("see http://x.org", @"see http\://x.org")]
    [InlineData("www.x.org", @"www\.x.org")]
    [InlineData("mailto:a@b.c", @"mailto\:a@b.c")]
    [InlineData("10.1016/j.jconrel.2020.01.001", "10.1016/j.jconrel.2020.01.001")]
    [InlineData("ratio 1:2", "ratio 1:2")]
    public void Defuses_autolinks_and_leaves_other_punctuation(string text, string markdown) =>
        Assert.Equal(markdown, MarkdownText.Inline(text));

    [Theory]
    [InlineData("  a \t\n b  ", "a b")]
    [InlineData("line\r\nbreak", "line break")]
    [InlineData("\u00A0nbsp\u00A0kept\u00A0", "nbsp\u00A0kept")]
    [InlineData("bell\u0007", "bell\uFFFD")]
    [InlineData("α-synuclein ≤ 5 µm 😀", "α-synuclein ≤ 5 µm 😀")]
    public void Normalises_whitespace_and_keeps_unicode(string text, string markdown) =>
        Assert.Equal(markdown, MarkdownText.Inline(text));

    [Fact]
    public void Replaces_a_lone_surrogate() => Assert.Equal("a\uFFFDb", MarkdownText.Inline("a\uD800b"));

    [Fact]
    public void Null_gives_empty() => Assert.Equal(("", "", ""), (MarkdownText.Inline(null), MarkdownText.Cell(null), MarkdownText.CellLines(null)));

    [Fact]
    public void Cell_escapes_pipes_and_flattens_lines() =>
        Assert.Equal(@"a \| b c", MarkdownText.Cell("a | b\nc"));

    [Fact]
    public void Cell_lines_join_with_br_and_drop_blank_items() =>
        Assert.Equal(@"MSC<br>HEK293 \| 2<br>\- x", MarkdownText.CellLines(["MSC", "", null, "HEK293 | 2", " ", "- x"]));

    [Theory]
    [InlineData("https://doi.org/10.1016/j.jconrel.2020.01.001", "<https://doi.org/10.1016/j.jconrel.2020.01.001>")]
    [InlineData("  http://x.org/a b  ", "<http://x.org/a%20b>")]
    [InlineData("https://doi.org/10.1002/(SICI)1097<173::AID>3.0.CO;2-P", "<https://doi.org/10.1002/(SICI)1097%3C173::AID%3E3.0.CO;2-P>")]
    [InlineData(@"https://x.org/a\_b", "<https://x.org/a%5C_b>")]
    [InlineData("https://x.org/?a=1&amp;b=2", "<https://x.org/?a=1&amp;amp;b=2>")]
    [InlineData("doi:10.1000/182", "<doi:10.1000/182>")]
    [InlineData("charts/figure 1.svg", "<charts/figure%201.svg>")]
    [InlineData("HTTPS://X.ORG", "<HTTPS://X.ORG>")]
    public void Url_wraps_and_encodes_only_what_breaks_a_destination(string url, string markdown) =>
        Assert.Equal(markdown, MarkdownText.Url(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("vbscript:x")]
    [InlineData("mailto:a@b.c")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("http://x.org/\nnext")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Url_refuses_other_schemes_and_control_characters(string? url) => Assert.Null(MarkdownText.Url(url));

    [Theory]
    [InlineData("https://doi.org/10.1016/j.jconrel.2020.01.001", "https://doi.org/10.1016/j.jconrel.2020.01.001")]
    [InlineData("http://x.org/a b", "http://x.org/a%20b")]
    [InlineData("https://x.org/<a>(b)", "https://x.org/%3Ca%3E(b)")]
    [InlineData(@"https://x.org/a\*b", "https://x.org/a%5C*b")]
    [InlineData("https://x.org/?a=1&amp;b=2&c", "https://x.org/?a=1&amp;b=2&c")]
    [InlineData("https://x.org/é?q=α#frag", "https://x.org/é?q=α#frag")]
    public void Markdig_reads_the_url_back_as_the_link_destination(string url, string destination)
    {
        var document = Markdown.Parse($"[text]({MarkdownText.Url(url)})", MarkdigReader.GitHubLike);
        var link = ((ParagraphBlock)document[0]).Inline!.Descendants<LinkInline>().Single();
        Assert.Equal(destination, link.Url);
    }
}

using ExoReport.Tests.Support;
using ExoReport.Writers.Latex;

namespace ExoReport.Tests.Escaping;

/// <summary><see cref="LatexText.Url"/>: what it writes, and the link targets hyperref puts in the PDF.</summary>
public sealed class LatexUrlTests
{
    [Theory]
    [InlineData("https://doi.org/10.1016/j.jconrel.2020.01.001", "https://doi.org/10.1016/j.jconrel.2020.01.001")]
    [InlineData(" http://x.org/a b ", @"http://x.org/a\%20b")]
    [InlineData("https://x.org/a%20b#sec_2", @"https://x.org/a\%20b\#sec_2")]
    [InlineData("https://x.org/100%", @"https://x.org/100\%25")]
    [InlineData("https://x.org/a#b#c", @"https://x.org/a\#b\%23c")]
    [InlineData(@"https://x.org/{a}\b^c~d|e""f`g<h>", @"https://x.org/\%7Ba\%7D\%5Cb\%5Ec\%7Ed\%7Ce\%22f\%60g\%3Ch\%3E")]
    [InlineData("https://x.org/é", @"https://x.org/\%C3\%A9")]
    [InlineData("https://x.org/😀", @"https://x.org/\%F0\%9F\%98\%80")]
    [InlineData("https://x.org/?a=1&b=$2_3", "https://x.org/?a=1&b=$2_3")]
    [InlineData("doi:10.1000/182", "doi:10.1000/182")]
    [InlineData("figures/chart 1.pdf", @"figures/chart\%201.pdf")]
    public void Encodes_what_hyperref_or_urls_cannot_hold(string url, string latex) =>
        Assert.Equal(latex, LatexText.Url(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,x")]
    [InlineData("http://x.org/\nnext")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_other_schemes_and_control_characters(string? url) => Assert.Equal("", LatexText.Url(url));

    public static readonly TheoryData<string, string> Targets = new()
    {
        { "https://doi.org/10.1016/j.jconrel.2020.01.001", "https://doi.org/10.1016/j.jconrel.2020.01.001" },
        { "https://doi.org/10.1002/(SICI)1097-4636(199602)30:2<173::AID-JBM6>3.0.CO;2-P",
            "https://doi.org/10.1002/(SICI)1097-4636(199602)30:2%3C173::AID-JBM6%3E3.0.CO;2-P" },
        { "https://x.org/a b%20c#frag_1", "https://x.org/a%20b%20c#frag_1" },
        { @"https://x.org/{a}\b^c~d%", "https://x.org/%7Ba%7D%5Cb%5Ec%7Ed%25" },
        { "https://x.org/?a=1&b=$2_3", "https://x.org/?a=1&b=$2_3" },
        { "https://x.org/α", "https://x.org/%CE%B1" },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void Hyperref_writes_the_intended_target_in_every_context(string url, string target)
    {
        var href = $@"\href{{{LatexText.Url(url)}}}{{link}}";
        var body = $$"""
            {{href}}
            \textbf{{{href}}}
            \begin{tabular}{|p{5cm}|l|}\hline {{href}} & {{href}}\\\hline\end{tabular}
            Note\footnote{{{href}}}
            """;

        var run = LatexCompiler.Compile(LatexTestDocument.Wrap(body, "\\usepackage{hyperref}\n"));

        Assert.Equal(Enumerable.Repeat(target, 5), PdfText.LinkTargets(run.Pdf));
    }
}

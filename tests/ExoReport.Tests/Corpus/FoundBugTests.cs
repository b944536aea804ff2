using System.Text;
using ExoReport.Build;
using ExoReport.Evidence;
using ExoReport.Evidence.Model;
using ExoReport.Tests.Support;
using ExoReport.Writers.Templates;

namespace ExoReport.Tests.Corpus;

/// <summary>
/// The bugs the corpus found, each pinned at the level of the library call that had it (the corpus cases
/// check the same through the command line). See tests/corpus/README.md for the list.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class FoundBugTests
{
    private static EvidenceFile Load(string text)
    {
        var loaded = EvidenceLoader.LoadText("case.yaml", text);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return loaded.Evidence!;
    }

    private static string BaseText => File.ReadAllText(Path.Combine(CorpusManifest.Folder, GoldenBuild.BaseFile));

    [Fact]
    public void LaTeX_with_a_megabyte_of_data_has_no_line_TeX_cannot_read()
    {
        var description = string.Concat(Enumerable.Repeat("word ", 250_000));
        var evidence = Load(BaseText.Replace("Fewer inflammatory cells at the lesion", description, StringComparison.Ordinal));

        var result = ReviewBuild.Succeeded(ReportBuilder.Build(evidence, new BuildOptions(OutputFormat.Latex)));

        Assert.All(result.Text("report.tex").Split('\n'), line => Assert.True(line.Length < 10_000, $"a line of {line.Length} characters"));
    }

    [Fact]
    public void A_report_longer_than_a_mebibyte_is_written_whole_not_cut_short()
    {
        var description = string.Concat(Enumerable.Repeat("long description ", 90_000)) + "the-very-end";
        var evidence = Load(BaseText.Replace("Fewer inflammatory cells at the lesion", description, StringComparison.Ordinal));

        var result = ReviewBuild.Succeeded(ReportBuilder.Build(evidence, new BuildOptions(OutputFormat.Markdown | OutputFormat.Latex)));

        var markdown = result.Text("report.md");
        Assert.Contains("the-very-end", markdown, StringComparison.Ordinal);
        Assert.Contains("## References", markdown, StringComparison.Ordinal);
        Assert.EndsWith("\\end{document}\n", result.Text("report.tex"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_string_past_the_size_limit_is_an_error_not_a_truncation()
    {
        using var templates = Templates("{{ 'x' | string.pad_left 70000000 }}");

        var result = ReportBuilder.Build(Load(BaseText), new BuildOptions(OutputFormat.Markdown, TemplatesDirectory: templates.Path));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("EXO083", error.Code);
        Assert.Contains("longer than 67,108,864 characters", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_template_that_copies_big_strings_in_a_loop_is_stopped_by_the_time_limit()
    {
        using var templates = Templates("{{ s = 'xxxxxxxxxxxxxxxx'; for i in 1..16; s = s + s; end; for i in 1..99999; t = s + '.'; end; 1 }}");

        var result = ReportBuilder.Build(Load(BaseText), new BuildOptions(OutputFormat.Markdown, TemplatesDirectory: templates.Path));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("EXO083", error.Code);
        Assert.Contains($"took longer than {TemplateRenderer.UserTemplateTimeLimit.TotalSeconds:0.#} s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_at_the_smallest_size_the_schema_allows_are_drawn()
    {
        var text = BaseText.Replace("      width: 900\n      height: 600\n", "      width: 100\n      height: 100\n", StringComparison.Ordinal);

        var result = ReviewBuild.Succeeded(ReportBuilder.Build(Load(text), new BuildOptions(OutputFormat.Figures)));

        Assert.Contains(result.Files, f => f.RelativePath == "figures/evidence-map.png");
    }

    [Fact]
    public void An_evidence_map_with_hundreds_of_rows_stays_within_the_largest_chart_height()
    {
        var sources = string.Concat(Enumerable.Range(0, 300).Select(i => $"    - id: s{i}\n      label: Source {i}\n      category: stem-cells\n"));
        var text = BaseText.Replace("\n  sources:\n", "\n  sources:\n" + sources, StringComparison.Ordinal)
            .Replace("      title: Evidence map\n      width: 900\n      height: 600\n", "", StringComparison.Ordinal);

        var map = ReportBuilderFigures(text).Single(f => f.Id == "evidence-map");

        Assert.Equal(ExoReport.Writers.Charts.ChartDefinition.MaxSide, map.Chart.Height);
        map.Chart.Validate();
    }

    [Fact]
    public void Figures_beyond_the_drawing_budget_are_refused_only_when_figures_are_built()
    {
        var charts = string.Concat(Enumerable.Repeat("    - kind: years\n      width: 10000\n      height: 10000\n", 5));
        var text = BaseText[..BaseText.IndexOf("  charts:\n", StringComparison.Ordinal)] + "  charts:\n" + charts;
        var evidence = Load(text);

        var withFigures = ReportBuilder.Build(evidence, new BuildOptions(OutputFormat.Markdown | OutputFormat.Figures));
        var withoutFigures = ReportBuilder.Build(evidence, new BuildOptions(OutputFormat.Markdown));

        Assert.Equal("EXO071", Assert.Single(withFigures.Diagnostics).Code);
        Assert.True(withoutFigures.Succeeded);
    }

    [Fact]
    public void A_taxonomy_whose_matrix_passes_the_limit_is_refused_before_the_matrix_is_made()
    {
        var sources = string.Concat(Enumerable.Range(0, 200).Select(i => $"    - id: s{i}\n      label: Source {i}\n      category: stem-cells\n"));
        var mechanisms = string.Concat(Enumerable.Range(0, 100).Select(i => $"    - id: m{i}\n      label: Mechanism {i}\n"));
        var text = BaseText.Replace("\n  sources:\n", "\n  sources:\n" + sources, StringComparison.Ordinal)
            .Replace("\n  mechanisms:\n", "\n  mechanisms:\n" + mechanisms, StringComparison.Ordinal);

        var result = ReportBuilder.Build(Load(text), new BuildOptions(OutputFormat.Markdown));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("EXO072", 0), (error.Code, error.Where.Line));
        Assert.Contains("20,604 cells (202 cell sources x 102 mechanisms)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_bomb_is_refused_without_writing_out_its_values()
    {
        var text = new StringBuilder("schema_version: 1\nm0: &m0 {a: 1, b: 2, c: 3, d: 4}\n");
        for (var i = 1; i <= 14; i++)
            text.Append($"m{i}: &m{i} {{a: *m{i - 1}, b: *m{i - 1}, c: *m{i - 1}, d: *m{i - 1}}}\n");
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var result = EvidenceLoader.LoadText("bomb.yaml", text.ToString());

        Assert.Equal(EvidenceCodes.AliasExpansionLimit, Assert.Single(result.Diagnostics).Code);
        // Writing out the two million values it may hold before the limit took 800 MB and seconds.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 50_000_000, "the expansion was written out");
    }

    [Fact]
    public void A_cell_source_label_with_a_very_long_word_does_not_stop_the_PDF()
    {
        var word = string.Concat(Enumerable.Repeat("Pneumonoultramicroscopicsilicovolcanoconiosis", 130));
        var evidence = Load(BaseText.Replace("      label: Bone marrow mesenchymal stem cell\n", $"      label: {word}\n", StringComparison.Ordinal));

        var result = ReportBuilder.Build(evidence, new BuildOptions(OutputFormat.Pdf));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Files, f => f.RelativePath == "report.pdf");
    }

    private static IReadOnlyList<ExoReport.Synthesis.Model.FigureEntry> ReportBuilderFigures(string text) =>
        ExoReport.Synthesis.ReportSynthesizer.Synthesize(Load(text)).Report!.Figures;

    private static TempDirectory Templates(string reportTemplate)
    {
        var folder = new TempDirectory();
        Directory.CreateDirectory(folder.Combine("markdown"));
        File.WriteAllText(folder.Combine("markdown", "report.scriban"), reportTemplate, Encoding.UTF8);
        return folder;
    }
}

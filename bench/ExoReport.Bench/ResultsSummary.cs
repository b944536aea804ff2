using System.Globalization;
using System.Text;

namespace ExoReport.Bench;

/// <summary>
/// Turns run.sh's raw measurements (a TSV of cold processes and pdflatex runs), the machine description, the
/// in-process stage table and BenchmarkDotNet's report into one Markdown page: targets with measured values and
/// whether each is met, then every table. Cold times are medians of the runs; peak memory is the largest seen.
/// </summary>
public static class ResultsSummary
{
    private const double PdfSizeTargetBytes = 400 * 1024;
    private const double OneGiBInKb = 1024 * 1024;

    private sealed record Cold(string Size, string Format, double Seconds, long PeakKb, long Bytes, double Cpu);

    private sealed record Latex(string Size, string Status, int Passes, double Seconds, long PeakKb, long Bytes, double Cpu);

    public static string Write(string tsvPath, string machinePath, string stagesPath, string microPath)
    {
        var rows = File.ReadAllLines(tsvPath).Select(l => l.Split('\t')).Where(f => f.Length == 8).ToList();
        var cold = rows.Where(f => f[0] == "cold")
            .GroupBy(f => (Size: f[1], Format: f[2]))
            .Select(g => new Cold(g.Key.Size, g.Key.Format, Median(g.Select(f => D(f[4]))), g.Max(f => L(f[5])), L(g.Last()[6]), Median(g.Select(f => D(f[7])))))
            .ToList();
        var latex = rows.Where(f => f[0] == "pdflatex")
            .Select(f => new Latex(f[1], f[2], (int)L(f[3]), D(f[4]), L(f[5]), L(f[6]), D(f[7])))
            .ToList();
        var stages = File.Exists(stagesPath) ? File.ReadAllText(stagesPath) : "";
        var micro = File.Exists(microPath) ? File.ReadAllText(microPath) : "";

        var page = new StringBuilder();
        page.AppendLine("# ExoReport benchmarks (latest run of bench/run.sh)").AppendLine();
        page.AppendLine("## Machine").AppendLine();
        foreach (var line in File.ReadAllLines(machinePath))
            page.Append("- ").AppendLine(line);
        page.AppendLine();

        page.AppendLine("## Targets").AppendLine();
        page.AppendLine("| target | measured | met? |").AppendLine("|---|---|---|");
        Targets(page, cold, latex, stages);
        page.AppendLine();

        page.AppendLine("## Cold `exoreport build` processes (median time, largest peak memory)").AppendLine();
        page.AppendLine("| evidence | format | time (s) | CPU (s) | peak memory (MiB) | output (bytes) | time × pdflatex | CPU × pdflatex |");
        page.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var c in cold)
        {
            var tex = latex.FirstOrDefault(l => l.Size == c.Size);
            var ratio = tex is { Status: "ok" } ? F(c.Seconds / tex.Seconds, "0.00") + "×" : "–";
            var cpuRatio = tex is { Status: "ok" } ? F(c.Cpu / tex.Cpu, "0.00") + "×" : "–";
            page.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {c.Size} | {c.Format} | {F(c.Seconds, "0.00")} | {F(c.Cpu, "0.00")} | {c.PeakKb / 1024} | {c.Bytes:N0} | {ratio} | {cpuRatio} |"));
        }
        page.AppendLine();

        page.AppendLine("## pdflatex compiling our report.tex (all passes it needs)").AppendLine();
        page.AppendLine("| evidence | passes | time (s) | CPU (s) | peak memory (MiB) | report.pdf (bytes) | status |");
        page.AppendLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var l in latex)
            page.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {l.Size} | {l.Passes} | {l.Seconds:0.00} | {l.Cpu:0.00} | {l.PeakKb / 1024} | {l.Bytes:N0} | {l.Status} |"));
        page.AppendLine();

        page.AppendLine("## Stages in a running process").AppendLine();
        page.AppendLine("First call pays JIT and one-time set-up (as a cold process does); warm is the median of repeats (as `exoreport watch`).").AppendLine();
        page.AppendLine(stages.Trim()).AppendLine();

        if (micro.Trim().Length > 0)
        {
            page.AppendLine("## BenchmarkDotNet micro-benchmarks").AppendLine();
            page.AppendLine(micro.Trim()).AppendLine();
        }
        return page.ToString();
    }

    private static void Targets(StringBuilder page, List<Cold> cold, List<Latex> latex, string stages)
    {
        Cold? Find(string size, string format) => cold.FirstOrDefault(c => c.Size == size && c.Format == format);
        Latex? Tex(string size) => latex.FirstOrDefault(l => l.Size == size && l.Status == "ok");

        if (Find("seed", "all") is { } all && Tex("seed") is { } seedTex)
            Row(page, "the review, every format, cold process ≤ pdflatex on our report.tex",
                $"{F(all.Seconds, "0.00")} s vs {F(seedTex.Seconds, "0.00")} s ({F(all.Seconds / seedTex.Seconds, "0.00")}×; CPU {F(all.Cpu, "0.00")} s vs {F(seedTex.Cpu, "0.00")} s)", all.Seconds <= seedTex.Seconds);
        if (WarmStage(stages, "seed", "whole build") is { } warm && Tex("seed") is { } tex)
            Row(page, "the same rebuild in a running process ≤ 1/10 of pdflatex",
                $"{F(warm, "0")} ms vs {F(tex.Seconds * 100, "0")} ms ({F(warm / (tex.Seconds * 1000), "0.00")}× pdflatex)", warm <= tex.Seconds * 100);
        // watch reads the saved file again before it rebuilds, so the load counts.
        if (WarmStage(stages, "seed", "watch rebuild with load,") is { } watch && Tex("seed") is { } watchTex)
            Row(page, "watch: reload and rebuild after a one-study edit (figure cache) ≤ 1/10 of pdflatex",
                $"{F(watch, "0")} ms vs {F(watchTex.Seconds * 100, "0")} ms ({F(watch / (watchTex.Seconds * 1000), "0.00")}× pdflatex)", watch <= watchTex.Seconds * 100);
        if (Find("1000", "pdf") is { } pdf1000 && Tex("1000") is { } tex1000)
            Row(page, "N=1,000, PDF only, cold < pdflatex on the same report",
                $"{F(pdf1000.Seconds, "0.00")} s vs {F(tex1000.Seconds, "0.00")} s ({F(pdf1000.Seconds / tex1000.Seconds, "0.00")}×; CPU {F(pdf1000.Cpu, "0.00")} s vs {F(tex1000.Cpu, "0.00")} s)", pdf1000.Seconds < tex1000.Seconds);
        if (Find("10000", "pdf") is { } pdf10k && Find("1000", "pdf") is { } pdf1k)
            Row(page, "N=10,000 PDF ≤ 11 × N=1,000 PDF (cold)",
                $"{F(pdf10k.Seconds, "0.0")} s vs {F(pdf1k.Seconds, "0.00")} s ({F(pdf10k.Seconds / pdf1k.Seconds, "0.0")}×; CPU {F(pdf10k.Cpu / pdf1k.Cpu, "0.0")}×)", pdf10k.Seconds <= 11 * pdf1k.Seconds);
        if (Find("10000", "all") is { } all10k && Find("1000", "all") is { } all1k)
            Row(page, "N=10,000 every format ≤ 11 × N=1,000 every format (cold)",
                $"{F(all10k.Seconds, "0.0")} s vs {F(all1k.Seconds, "0.00")} s ({F(all10k.Seconds / all1k.Seconds, "0.0")}×; CPU {F(all10k.Cpu / all1k.Cpu, "0.0")}×)", all10k.Seconds <= 11 * all1k.Seconds);
        var peak10k = cold.Where(c => c.Size == "10000").Select(c => c.PeakKb).DefaultIfEmpty(0).Max();
        if (peak10k > 0)
            Row(page, "N=10,000 peak memory < 1 GiB (largest of all formats)", $"{peak10k / 1024} MiB", peak10k < OneGiBInKb);
        if (Find("seed", "pdf") is { } seedPdf)
            Row(page, "the review's report.pdf < 400 KB", string.Create(CultureInfo.InvariantCulture, $"{seedPdf.Bytes:N0} bytes ({F(seedPdf.Bytes / 1024.0, "0")} KB)"), seedPdf.Bytes < PdfSizeTargetBytes);
    }

    /// <summary>The warm median of the first stage whose name starts with <paramref name="stage"/>, for one evidence, from the stage table.</summary>
    private static double? WarmStage(string stages, string size, string stage)
    {
        foreach (var line in stages.Split('\n'))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length > 4 && cells[1] == size && cells[2].StartsWith(stage, StringComparison.Ordinal))
                return D(cells[4]);
        }
        return null;
    }

    private static void Row(StringBuilder page, string target, string measured, bool met) =>
        page.AppendLine($"| {target} | {measured} | {(met ? "yes" : "**no**")} |");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static long L(string text) => long.Parse(text, CultureInfo.InvariantCulture);

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}

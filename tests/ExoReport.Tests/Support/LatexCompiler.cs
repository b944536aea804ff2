using System.Text;

namespace ExoReport.Tests.Support;

/// <summary>
/// Compiles LaTeX in a temporary folder (deleted afterwards) with shell escape off, in nonstop mode, stopping at the
/// first error, and returns the PDF and the log. Used by the escaping tests and by tests that compile whole reports.
/// </summary>
public static class LatexCompiler
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Compiles a document given as a string.</summary>
    public static LatexRun Compile(string tex, LatexEngine engine = LatexEngine.PdfLatex, int passes = 1,
        TimeSpan? timeout = null)
    {
        using var folder = new TempDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "document.tex"), tex, new UTF8Encoding(false));
        return Run(folder.Path, "document.tex", engine, passes, timeout ?? DefaultTimeout);
    }

    /// <summary>
    /// Compiles <paramref name="mainFile"/> of a copy of <paramref name="sourceFolder"/> (with its images and
    /// included files), so the source folder is never written to. Two passes settle references and page counts.
    /// </summary>
    public static LatexRun CompileFolder(string sourceFolder, string mainFile,
        LatexEngine engine = LatexEngine.PdfLatex, int passes = 2, TimeSpan? timeout = null)
    {
        using var folder = new TempDirectory();
        CopyFolder(sourceFolder, folder.Path);
        return Run(folder.Path, mainFile, engine, passes, timeout ?? DefaultTimeout);
    }

    /// <summary>The PDF's text as pdftotext reads it (UTF-8, reading order, pages separated by form feeds).</summary>
    public static string ExtractText(byte[] pdf, bool contentStreamOrder = false)
    {
        using var folder = new TempDirectory();
        var input = Path.Combine(folder.Path, "input.pdf");
        var output = Path.Combine(folder.Path, "output.txt");
        File.WriteAllBytes(input, pdf);
        List<string> arguments = ["-enc", "UTF-8"];
        if (contentStreamOrder)
        {
            arguments.Add("-raw");
        }

        arguments.AddRange([input, output]);
        var result = ProcessRunner.Run(TexLive.Tools.PdfToText, arguments, folder.Path, TimeSpan.FromSeconds(60));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdftotext failed ({result.ExitCode}): {result.Output}");
        }

        return File.ReadAllText(output, Encoding.UTF8);
    }

    private static LatexRun Run(string folder, string mainFile, LatexEngine engine, int passes, TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        var program = engine == LatexEngine.PdfLatex ? TexLive.Tools.PdfLatex : TexLive.Tools.LuaLatex;
        string[] arguments =
            ["-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error", "-file-line-error", mainFile];
        // Fixed dates make the PDF the same on every run (pdfTeX and LuaTeX honour SOURCE_DATE_EPOCH).
        var environment = new Dictionary<string, string>
        {
            ["SOURCE_DATE_EPOCH"] = "946684800",
            ["FORCE_SOURCE_DATE"] = "1",
        };

        var jobName = Path.GetFileNameWithoutExtension(mainFile);
        var logPath = Path.Combine(folder, jobName + ".log");
        for (var pass = 1; pass <= passes; pass++)
        {
            var result = ProcessRunner.Run(program, arguments, folder, timeout, environment);
            var log = File.Exists(logPath) ? File.ReadAllText(logPath, Encoding.Latin1) : result.Output;
            if (result.ExitCode != 0)
            {
                throw new LatexCompileException(
                    $"{engine} failed on pass {pass} (exit code {result.ExitCode}):{Environment.NewLine}" +
                    Errors(log), log);
            }

            if (pass == passes)
            {
                var pdf = Path.Combine(folder, jobName + ".pdf");
                return new LatexRun(File.ReadAllBytes(pdf), log);
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    /// <summary>The "! ..." error lines of a log with a little context, or its end when there are none.</summary>
    private static string Errors(string log)
    {
        var lines = log.Split('\n');
        var errors = lines
            .Select((line, index) => (line, index))
            .Where(entry => entry.line.StartsWith('!') || entry.line.Contains(":error:", StringComparison.Ordinal)
                            || System.Text.RegularExpressions.Regex.IsMatch(entry.line, @"^[^:\s]+:\d+: "))
            .SelectMany(entry => lines.Skip(entry.index).Take(4))
            .ToList();
        return errors.Count > 0
            ? string.Join('\n', errors)
            : string.Join('\n', lines.TakeLast(30));
    }

    private static void CopyFolder(string source, string destination)
    {
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(destination, Path.GetRelativePath(source, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(destination, Path.GetRelativePath(source, file)));
        }
    }
}

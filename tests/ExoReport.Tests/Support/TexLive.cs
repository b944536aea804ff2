namespace ExoReport.Tests.Support;

/// <summary>
/// Finds pdflatex, lualatex, pdftoppm and pdftotext, and the LaTeX packages the writers need. When something is
/// missing it runs the repository's <c>tools/ensure-texlive.sh</c> (which installs from Debian's packages as root)
/// once per test run; if that does not help, every test that needs TeX fails with a message that says what is
/// missing. Tests never skip.
/// </summary>
public static class TexLive
{
    /// <summary>Files that must be on TeX's search path: the writers' preamble and the test documents' extras.</summary>
    public static readonly IReadOnlyList<string> RequiredFiles =
    [
        "lmodern.sty", "t1lmr.fd", "textcomp.sty", "amsmath.sty", "amssymb.sty", "hyperref.sty", "microtype.sty",
        "glyphtounicode.tex",
    ];

    private static readonly string[] Programs = ["pdflatex", "lualatex", "pdftoppm", "pdftotext", "kpsewhich"];

    private static readonly Lazy<TexLiveTools> Found = new(FindOrInstall, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The tools; the first call may install them, which takes minutes.</summary>
    public static TexLiveTools Tools => Found.Value;

    private static TexLiveTools FindOrInstall()
    {
        if (Missing().Count == 0)
        {
            return Locate();
        }

        var scriptOutput = RunInstallScript();
        var stillMissing = Missing();
        if (stillMissing.Count > 0)
        {
            throw new InvalidOperationException(
                $"TeX Live is incomplete: missing {string.Join(", ", stillMissing)}. tools/ensure-texlive.sh " +
                "could not install it (it needs root and apt-get; on Debian: apt-get install texlive-latex-base " +
                "texlive-latex-recommended texlive-latex-extra texlive-luatex lmodern poppler-utils). " +
                $"Script output:{Environment.NewLine}{scriptOutput}");
        }

        return Locate();
    }

    private static TexLiveTools Locate() =>
        new(FindOnPath("pdflatex")!, FindOnPath("lualatex")!, FindOnPath("pdftoppm")!, FindOnPath("pdftotext")!);

    private static List<string> Missing()
    {
        var missing = Programs.Where(program => FindOnPath(program) is null).ToList();
        if (missing.Count == 0)
        {
            missing.AddRange(RequiredFiles.Where(file => !KpseFinds(file)));
        }

        return missing;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(directory => Path.Combine(directory, program))
        .FirstOrDefault(File.Exists);

    private static bool KpseFinds(string file)
    {
        var result = ProcessRunner.Run(FindOnPath("kpsewhich")!, [file], Directory.GetCurrentDirectory(),
            TimeSpan.FromSeconds(30));
        return result.ExitCode == 0 && result.Output.Trim().Length > 0;
    }

    private static string RunInstallScript()
    {
        var script = Path.Combine(RepositoryRoot(), "tools", "ensure-texlive.sh");
        if (!File.Exists(script))
        {
            return $"(no script at {script})";
        }

        var result = ProcessRunner.Run("bash", [script], RepositoryRoot(), TimeSpan.FromMinutes(30));
        return $"exit code {result.ExitCode}{Environment.NewLine}{Tail(result.Output, 3000)}";
    }

    /// <summary>The folder that holds ExoReport.sln, found upwards from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null;
             directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ExoReport.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ExoReport.sln above {AppContext.BaseDirectory}.");
    }

    private static string Tail(string text, int length) => text.Length <= length ? text : text[^length..];
}

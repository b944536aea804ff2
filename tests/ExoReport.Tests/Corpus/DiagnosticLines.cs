using System.Globalization;
using System.Text.RegularExpressions;

namespace ExoReport.Tests.Corpus;

/// <summary>The error diagnostics a run printed, read back from the GNU form <c>file:line:col: error CODE: message</c>.</summary>
public static partial class DiagnosticLines
{
    /// <summary>Problems of a whole file, or of no file, which have no line to point at.</summary>
    private static readonly HashSet<string> Positionless = ["EXO005", "EXO010", "EXO011", "EXO015", "EXO070", "EXO071", "EXO072"];

    public sealed record Printed(string File, int? Line, int? Column, string Code, string Message);

    public static IReadOnlyList<Printed> Errors(string stderr) =>
        stderr.Split('\n').Select(Parse).OfType<Printed>().ToList();

    public static void AssertReports(ExpectedOutcome expected, string stderr)
    {
        var errors = Errors(stderr);
        Assert.True(errors.Count > 0, "no error diagnostic was printed:\n" + stderr);
        Assert.True(errors.Any(e => e.Code == expected.Code && e.Line == expected.Line && e.Column == expected.Column),
            $"expected {expected}, got:\n{string.Join('\n', errors)}");
        foreach (var error in errors.Where(e => !Positionless.Contains(e.Code)))
            Assert.True(error.Line > 0 && error.Column > 0, $"an error without a line and column: {error}");
    }

    private static Printed? Parse(string line)
    {
        var match = Positioned().Match(line);
        if (match.Success)
            return new Printed(match.Groups["file"].Value, Number(match, "line"), Number(match, "column"), match.Groups["code"].Value, match.Groups["message"].Value);
        match = Whole().Match(line);
        return match.Success ? new Printed(match.Groups["file"].Value, null, null, match.Groups["code"].Value, match.Groups["message"].Value) : null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<file>.*?):(?<line>\d+):(?<column>\d+): error (?<code>EXO\d{3}): (?<message>.*)$")]
    private static partial Regex Positioned();

    [GeneratedRegex(@"^(?<file>.*?): error (?<code>EXO\d{3}): (?<message>.*)$")]
    private static partial Regex Whole();
}

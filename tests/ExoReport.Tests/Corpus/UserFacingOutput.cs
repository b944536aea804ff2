using System.Text.RegularExpressions;

namespace ExoReport.Tests.Corpus;

/// <summary>What a user must never see: stack frames and exception type names are for developers.</summary>
public static partial class UserFacingOutput
{
    public static void AssertNoStackTrace(CliRun run)
    {
        foreach (var (name, text) in new[] { ("stdout", run.Out), ("stderr", run.Error) })
        {
            Assert.False(StackFrame().IsMatch(text), $"a stack trace reached {name}:\n{Head(text)}");
            Assert.False(ExceptionName().IsMatch(text), $"an exception type name reached {name}:\n{Head(text)}");
        }
    }

    private static string Head(string text) => text.Length <= 4000 ? text : text[..4000] + "...";

    [GeneratedRegex(@"^\s+at \S", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]*Exception\b|Unhandled exception")]
    private static partial Regex ExceptionName();
}

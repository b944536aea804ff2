using System.CommandLine;
using System.CommandLine.Parsing;

namespace ExoReport.Cli;

/// <summary>
/// Rejects empty values of paths and revisions at parse time. An empty string usually comes from an unset shell variable
/// (<c>--out "$OUT"</c>), and taken as a path it means the current folder: a build would scatter its files there.
/// </summary>
public static class NonEmptyValues
{
    public static Option<T> NonEmpty<T>(this Option<T> option)
    {
        option.Validators.Add(result => Check(result, result.Tokens, option.Name));
        return option;
    }

    public static Argument<T> NonEmpty<T>(this Argument<T> argument)
    {
        argument.Validators.Add(result => Check(result, result.Tokens, argument.Name));
        return argument;
    }

    private static void Check(SymbolResult result, IReadOnlyList<Token> tokens, string name)
    {
        if (tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
            result.AddError($"{name} has an empty value (an unset shell variable?)");
    }
}

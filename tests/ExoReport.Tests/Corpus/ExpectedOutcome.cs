using System.Globalization;

namespace ExoReport.Tests.Corpus;

/// <summary>What a corpus case must end in.</summary>
public enum OutcomeKind
{
    /// <summary>Exit 0; every output is written and shows the data as text.</summary>
    Builds,
    /// <summary>Exit 1 with a diagnostic of this code at this line and column (none for whole-file problems).</summary>
    Error,
    /// <summary>Exit 2: a bad command line, or a file or folder that cannot be read or written.</summary>
    UsageError,
}

/// <summary>
/// A declared outcome as the manifest writes it: <c>builds</c>, <c>usage-error</c>, <c>error EXO001 3 7</c>
/// (code, line, column) or <c>error EXO005</c> (a problem of the whole file, which has no position).
/// </summary>
public sealed record ExpectedOutcome(OutcomeKind Kind, string? Code = null, int? Line = null, int? Column = null)
{
    public static ExpectedOutcome Parse(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts switch
        {
            ["builds"] => new(OutcomeKind.Builds),
            ["usage-error"] => new(OutcomeKind.UsageError),
            ["error", var code] => new(OutcomeKind.Error, code),
            ["error", var code, var line, var column] => new(OutcomeKind.Error, code,
                int.Parse(line, CultureInfo.InvariantCulture), int.Parse(column, CultureInfo.InvariantCulture)),
            _ => throw new FormatException($"'{text}' is not an outcome (builds, usage-error, error CODE [LINE COL])"),
        };
    }

    public string Category => Kind switch
    {
        OutcomeKind.Builds => "builds",
        OutcomeKind.UsageError => "usage-error",
        _ => "error " + Code,
    };

    public override string ToString() => Kind == OutcomeKind.Error && Line is not null
        ? string.Create(CultureInfo.InvariantCulture, $"error {Code} {Line} {Column}")
        : Category;
}

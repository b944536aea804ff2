using ExoReport.Diagnostics;
using ExoReport.Evidence;

namespace ExoReport.Tests.Evidence;

/// <summary>Assertions on load results that print every diagnostic when they fail.</summary>
public static class DiagnosticAssert
{
    /// <summary>The result holds exactly one diagnostic with this code, at this line and column; returns it.</summary>
    public static Diagnostic Single(EvidenceLoadResult result, string code, int line, int column)
    {
        var matching = result.Diagnostics.Where(d => d.Code == code).ToArray();
        Assert.True(matching.Length == 1, $"expected one {code}, got:\n{Dump(result)}");
        Assert.Equal((line, column), (matching[0].Where.Line, matching[0].Where.Column));
        return matching[0];
    }

    public static Diagnostic Single(EvidenceLoadResult result, string code, (int Line, int Column) where) =>
        Single(result, code, where.Line, where.Column);

    /// <summary>The load failed with this one diagnostic and nothing else.</summary>
    public static Diagnostic Only(EvidenceLoadResult result, string code, int line, int column)
    {
        Assert.True(result.Diagnostics.Count == 1, $"expected only {code}, got:\n{Dump(result)}");
        Assert.Null(result.Evidence);
        Assert.True(result.HasErrors);
        return Single(result, code, line, column);
    }

    public static Diagnostic Only(EvidenceLoadResult result, string code, (int Line, int Column) where) =>
        Only(result, code, where.Line, where.Column);

    public static void Clean(EvidenceLoadResult result)
    {
        Assert.True(result.Diagnostics.Count == 0, "expected no diagnostics, got:\n" + Dump(result));
        Assert.NotNull(result.Evidence);
    }

    public static string Dump(EvidenceLoadResult result) =>
        result.Diagnostics.Count == 0 ? "(none)" : string.Join("\n", result.Diagnostics);
}

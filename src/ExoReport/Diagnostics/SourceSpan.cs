namespace ExoReport.Diagnostics;

/// <summary>Where something was written: a file (as the user named it) and a 1-based line and column.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    public static SourceSpan None(string file) => new(file, 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}

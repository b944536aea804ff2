using ExoReport.Diagnostics;
using YamlDotNet.Core;

namespace ExoReport.Evidence.Loading;

/// <summary>YamlDotNet marks are 1-based 64-bit line/column pairs; diagnostics use 32-bit ones.</summary>
internal static class MarkSpan
{
    public static SourceSpan From(string file, Mark mark) =>
        mark.Line <= 0 ? new SourceSpan(file, 1, 1) : new SourceSpan(file, Clamp(mark.Line), Clamp(mark.Column));

    private static int Clamp(long value) => (int)Math.Min(value, int.MaxValue);
}

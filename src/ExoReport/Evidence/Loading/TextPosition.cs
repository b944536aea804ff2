using ExoReport.Diagnostics;

namespace ExoReport.Evidence.Loading;

/// <summary>Turns an offset in decoded text into the 1-based line and column an editor shows.</summary>
internal static class TextPosition
{
    public static SourceSpan At(string file, ReadOnlySpan<char> textBefore)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < textBefore.Length; i++)
        {
            if (textBefore[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceSpan(file, line, textBefore.Length - lineStart + 1);
    }
}

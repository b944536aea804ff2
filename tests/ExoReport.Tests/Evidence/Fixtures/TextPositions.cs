namespace ExoReport.Tests.Evidence.Fixtures;

/// <summary>Finds the 1-based line and column of a piece of text, so tests state positions by content, not by counting.</summary>
public static class TextPositions
{
    public static (int Line, int Column) Of(string text, string needle, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            if (index < 0)
                throw new ArgumentException($"'{needle}' (occurrence {occurrence}) is not in the text");
        }
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return (line, index - lineStart + 1);
    }
}

using System.Text;

namespace ExoReport.Writers.Templates;

/// <summary>
/// Tidies rendered text so output does not depend on how a template's whitespace was written: LF line endings,
/// no trailing spaces, at most one blank line in a row, exactly one final newline.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var result = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd(' ', '\t');
            if (line.Length == 0)
            {
                blank++;
                continue;
            }
            if (result.Length > 0)
                result.Append(blank > 0 ? "\n\n" : "\n");
            blank = 0;
            result.Append(line);
        }
        return result.Append('\n').ToString();
    }
}

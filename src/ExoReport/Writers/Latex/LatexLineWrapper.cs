using System.Text;

namespace ExoReport.Writers.Latex;

/// <summary>
/// Keeps the lines of a LaTeX document short enough for TeX, which reads a line at a time into a buffer of
/// 200,000 characters ("Unable to read an entire line") and so cannot compile a report whose data has a string
/// of a megabyte. A long line is broken at spaces: to TeX the end of a line is a space, so nothing changes in the
/// output. The escaped data never holds a space that matters (URLs are percent-encoded, no verbatim text).
/// A run of over 200,000 characters with no space at all still cannot be read; no real text has one.
/// </summary>
public static class LatexLineWrapper
{
    /// <summary>Lines longer than this are broken at the first space past each multiple of it.</summary>
    public const int LineLength = 2000;

    public static string Wrap(string latex)
    {
        if (!HasLongLine(latex))
            return latex;
        var output = new StringBuilder(latex.Length);
        var lineLength = 0;
        for (var i = 0; i < latex.Length; i++)
        {
            var c = latex[i];
            // A lone space between two other characters: a line break there never makes an empty line (a \par).
            if (c == ' ' && lineLength >= LineLength && i > 0 && i + 1 < latex.Length && !char.IsWhiteSpace(latex[i - 1]) && !char.IsWhiteSpace(latex[i + 1]))
            {
                output.Append('\n');
                lineLength = 0;
                continue;
            }
            output.Append(c);
            lineLength = c == '\n' ? 0 : lineLength + 1;
        }
        return output.ToString();
    }

    private static bool HasLongLine(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if ((end < 0 ? text.Length : end) - start > LineLength)
                return true;
            if (end < 0)
                return false;
            start = end + 1;
        }
        return false;
    }
}

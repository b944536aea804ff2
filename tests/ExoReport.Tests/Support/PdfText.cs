using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ExoReport.Tests.Support;

/// <summary>
/// Reads a PDF's text with PdfPig in content-stream order, which for TeX output is reading order even across
/// superscripts and subscripts (pdftotext puts those on lines of their own). TeX writes no space characters, so
/// a space is inferred from a horizontal gap and a line break from a move down and back to the left.
/// </summary>
public static class PdfText
{
    /// <summary>A gap wider than this share of the font size is a space: TeX's smallest inter-word space at
    /// 10 pt is 2.2 pt, while kerns, italic corrections and the dots of \ldots stay under 1.7 pt.</summary>
    private const double SpaceGapRatio = 0.2;

    public static string ContentOrder(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            Letter? previous = null;
            foreach (var letter in page.Letters)
            {
                if (previous is not null)
                {
                    text.Append(Separator(previous, letter));
                }

                text.Append(letter.Value);
                previous = letter;
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The URIs of all link annotations, page by page.</summary>
    public static IReadOnlyList<string> LinkTargets(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages()
            .SelectMany(page => page.GetHyperlinks())
            .Select(link => link.Uri ?? "")
            .ToList();
    }

    private static string Separator(Letter previous, Letter letter)
    {
        var size = Math.Max(previous.PointSize, letter.PointSize);
        var movedDown = letter.StartBaseLine.Y < previous.StartBaseLine.Y - 0.6 * size;
        var movedLeft = letter.StartBaseLine.X < previous.StartBaseLine.X - size;
        if (movedDown && movedLeft)
        {
            return "\n";
        }

        var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
        return gap > SpaceGapRatio * size ? " " : "";
    }
}

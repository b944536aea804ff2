using ExoReport.Layout;

namespace ExoReport.Writers.Pdf;

/// <summary>
/// A heading and the blocks under it. The heading is kept on the same page as the first block (a heading
/// alone at the foot of a page is the commonest flaw of paginated reports); a first block taller than a
/// page still splits, directly under its heading.
/// </summary>
internal static class SectionLayout
{
    public static Element Compose(string name, Element heading, params IReadOnlyList<Element> blocks)
    {
        if (blocks.Count == 0)
            return heading;
        var opening = new Column(heading, blocks[0]) { Spacing = PdfStyles.BlockSpacing }.KeepTogether();
        return new Column([opening, .. blocks.Skip(1)]) { Spacing = PdfStyles.BlockSpacing, Name = name };
    }
}

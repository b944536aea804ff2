using ExoReport.Layout.Engine.TextLayout;
using SkiaSharp;

namespace ExoReport.Layout.Engine.Nodes;

/// <summary>A paragraph whose cursor is the position of its next undrawn line.</summary>
internal sealed class TextBlockNode : LayoutNode
{
    private readonly TextBlock _block;
    private TextPosition _next = TextPosition.Start;

    public TextBlockNode(TextBlock block, LayoutPass pass) : base(block, pass)
    {
        _block = block;
    }

    private ShapedParagraph Paragraph => Pass.Session.Paragraph(_block);

    protected override SpacePlan MeasureCore(SKSize available)
    {
        var paragraph = Paragraph;
        if (_next.Word >= paragraph.Words.Count)
            return SpacePlan.Empty;
        var broken = paragraph.Lines(available.Width, _next);
        if (broken.TooNarrow)
            return SpacePlan.Wrap;
        var (count, height, width) = Fit(broken.Lines, available.Height);
        if (count == 0)
            return SpacePlan.Wrap;
        return count == broken.Lines.Count ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    protected override void DrawCore(SKRect area)
    {
        var paragraph = Paragraph;
        if (_next.Word >= paragraph.Words.Count)
            return;
        var broken = paragraph.Lines(area.Width, _next);
        if (broken.TooNarrow)
            return;
        var (count, _, _) = Fit(broken.Lines, area.Height);
        var top = area.Top;
        for (var i = 0; i < count; i++)
        {
            var line = broken.Lines[i];
            TextLinePainter.Draw(line, area, top, paragraph.Alignment, Pass, DisplayName);
            top += line.Height;
            _next = line.Next;
        }
        if (_next.Word >= paragraph.Words.Count)
            Pass.Session.Forget(_block);
    }

    private static (int Count, float Height, float Width) Fit(IReadOnlyList<TextLine> lines, float available)
    {
        float height = 0, width = 0;
        var count = 0;
        foreach (var line in lines)
        {
            if (!LayoutMath.Fits(height + line.Height, available))
                break;
            height += line.Height;
            width = Math.Max(width, line.Width);
            count++;
        }
        return (count, height, width);
    }
}

namespace ExoReport.Layout.Engine.Nodes;

/// <summary>
/// Splits a row's width: fixed items take their width, auto items their content's natural width (measured in
/// what fixed items leave), relative items share the rest by weight. Null when fixed and auto items alone are
/// wider than the row.
/// </summary>
internal static class RowWidthPlanner
{
    public static float[]? Plan(Row row, IReadOnlyList<LayoutNode> children, float available)
    {
        var items = row.Items;
        var widths = new float[items.Count];
        var spacing = row.Spacing * Math.Max(0, items.Count - 1);
        var left = available - spacing - items.Where(i => i.Sizing == RowItemSizing.Fixed).Sum(i => i.Value);
        if (left < -LayoutMath.Epsilon)
            return null;

        for (var i = 0; i < items.Count; i++)
        {
            switch (items[i].Sizing)
            {
                case RowItemSizing.Fixed:
                    widths[i] = items[i].Value;
                    break;
                case RowItemSizing.Auto:
                    var natural = children[i].Measure(new SkiaSharp.SKSize(Math.Max(0, left), LayoutMath.Unbounded));
                    if (natural.IsWrap)
                        return null;
                    widths[i] = natural.Width;
                    left -= natural.Width;
                    break;
            }
        }

        var weights = items.Where(i => i.Sizing == RowItemSizing.Relative).Sum(i => i.Value);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Sizing == RowItemSizing.Relative)
                widths[i] = weights > 0 ? Math.Max(0, left) * items[i].Value / weights : 0;
        }
        return widths;
    }
}

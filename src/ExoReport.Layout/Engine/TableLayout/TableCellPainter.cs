using SkiaSharp;

namespace ExoReport.Layout.Engine.TableLayout;

/// <summary>
/// Paints a band in three layers: backgrounds (cell, row, header or zebra), then contents, then grid lines on
/// top, so backgrounds never cover lines. Cells finished on an earlier page get background and lines only.
/// </summary>
internal static class TableCellPainter
{
    public static void Paint(BandPlan band, SKPoint origin, TableGeometry geometry, Table table, bool isHeader, LayoutPass pass)
    {
        var canvas = pass.Drawing;
        var paints = pass.Session.Paints;
        foreach (var plan in band.Cells)
        {
            if (Background(plan.Cell, table, isHeader) is { } color)
                canvas.Rect(Rect(band, plan.Cell, origin, geometry), paints.Fill(color));
        }
        foreach (var plan in band.Cells.Where(p => p.DrawsContent))
        {
            var rect = Rect(band, plan.Cell, origin, geometry);
            var pad = geometry.Padding;
            plan.Node!.Draw(new SKRect(rect.Left + pad, rect.Top + pad, Math.Max(rect.Left + pad, rect.Right - pad), Math.Max(rect.Top + pad, rect.Bottom - pad)));
        }
        if (geometry.GridLine <= 0)
            return;
        var stroke = paints.Stroke(table.GridLineColor, geometry.GridLine);
        foreach (var plan in band.Cells)
            canvas.Rect(Rect(band, plan.Cell, origin, geometry), stroke);
    }

    private static SKRect Rect(BandPlan band, PlacedCell cell, SKPoint origin, TableGeometry geometry)
    {
        var (top, height) = band.Vertical(cell);
        return SKRect.Create(origin.X + geometry.CellLeft(cell), origin.Y + top, geometry.CellWidth(cell), height);
    }

    private static SKColor? Background(PlacedCell cell, Table table, bool isHeader) =>
        cell.Cell.Background ?? cell.Row.Background ?? (isHeader ? table.HeaderBackground : ZebraStripe(cell, table));

    private static SKColor? ZebraStripe(PlacedCell cell, Table table) => cell.RowIndex % 2 == 1 ? table.ZebraColor : null;
}

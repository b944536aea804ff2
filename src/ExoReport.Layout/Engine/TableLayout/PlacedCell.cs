namespace ExoReport.Layout.Engine.TableLayout;

/// <summary>A cell with its grid slot: first row and column, spans, its row's description, and its index in the section.</summary>
internal sealed record PlacedCell(TableCell Cell, TableRow Row, int RowIndex, int Column, int RowSpan, int ColumnSpan, int Index);

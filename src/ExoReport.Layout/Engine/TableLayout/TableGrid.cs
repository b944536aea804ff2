namespace ExoReport.Layout.Engine.TableLayout;

/// <summary>A table's cells placed on its grid; computed once per render and shared by all passes.</summary>
internal sealed record TableGrid(TableSection Header, TableSection Body);

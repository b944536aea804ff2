using ExoReport.Writers.Charts;
using Scriban.Runtime;

namespace ExoReport.Synthesis.Model;

/// <summary>
/// A figure of the report: its file stem under figures/, its number, caption, and the chart it draws. The chart
/// data is computed here, once, so the figures of every format show the same numbers.
/// </summary>
public sealed record FigureEntry(string Id, int Number, string Kind, string Caption, [property: ScriptMemberIgnore] ChartDefinition Chart);

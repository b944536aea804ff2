namespace ExoReport.Writers.Charts;

/// <summary>
/// Axis labels made to fit: wrapped text, the font size that fits, whether they are turned a quarter
/// turn, and their depth (the room they take away from the axis: height on a horizontal axis, width on a
/// vertical one).
/// </summary>
internal sealed record FittedLabels(IReadOnlyList<string> Labels, float FontSize, bool Rotated, float Depth);

namespace ExoReport.Layout;

/// <summary>
/// What a header or footer may depend on. <see cref="PageCount"/> is the final count when the page is drawn;
/// during the first (counting) pass it is 0.
/// </summary>
public sealed record PageContext(int PageNumber, int PageCount);

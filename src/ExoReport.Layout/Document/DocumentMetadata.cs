namespace ExoReport.Layout;

/// <summary>
/// The PDF's information dictionary. Dates are fixed values given in UTC (never "now"), so the same input gives
/// the same bytes; leave them null to omit them.
/// </summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    public string? Creator { get; init; }

    public string Producer { get; init; } = "ExoReport.Layout";

    /// <summary>Creation date; must be <see cref="DateTimeKind.Utc"/>.</summary>
    public DateTime? Created { get; init; }

    /// <summary>Modification date; must be <see cref="DateTimeKind.Utc"/>.</summary>
    public DateTime? Modified { get; init; }
}

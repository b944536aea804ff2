using ExoReport.Diagnostics;

namespace ExoReport.Evidence.Model;

/// <summary>
/// A bibliographic reference. <see cref="Authors"/> are as printed (Vancouver: "Jo HJ"); <see cref="EtAl"/> says
/// the printed list was cut with "et al". <see cref="Number"/> is the manuscript's own number, when it has one.
/// <see cref="Background"/> marks literature the review cites for context rather than as evidence: it is listed
/// and numbered like any reference, but no study needs to cite it.
/// </summary>
public sealed record Reference(
    string Id,
    int? Number,
    IReadOnlyList<string> Authors,
    bool EtAl,
    string Title,
    string Journal,
    int? Year,
    string? Volume,
    string? Issue,
    string? Pages,
    string? Doi,
    SourceSpan Where,
    bool Background = false);

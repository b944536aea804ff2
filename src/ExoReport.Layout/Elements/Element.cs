using ExoReport.Layout.Engine;

namespace ExoReport.Layout;

/// <summary>
/// An immutable description of something on the page. Each render turns descriptions into fresh layout nodes,
/// so an element may be reused, and two renders of the same document give the same bytes.
/// </summary>
public abstract record Element
{
    /// <summary>A debug name used in errors and warnings ("Canvas 'Figure 2' can never fit ...").</summary>
    public string? Name { get; init; }

    internal abstract LayoutNode CreateNode(LayoutPass pass);
}

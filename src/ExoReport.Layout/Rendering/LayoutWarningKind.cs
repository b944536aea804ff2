namespace ExoReport.Layout;

/// <summary>Kinds of problems that do not stop a render but that the user should hear about.</summary>
public enum LayoutWarningKind
{
    /// <summary>No font of the font set (nor any fallback) has a glyph for a character; it shows as a box.</summary>
    MissingGlyph,

    /// <summary>A span links to a destination name that no <see cref="Destination"/> element declares.</summary>
    UnknownDestination,

    /// <summary>Two different <see cref="Destination"/> elements declare the same name; links go to the first.</summary>
    DuplicateDestination,
}

namespace ExoReport.Layout;

/// <summary>
/// The fonts a document may use, configured explicitly. The first family is the primary one; text may ask for
/// any family of the set by name (<see cref="TextStyle.FontFamily"/>). For a character the chosen family lacks,
/// the other families are tried in order, then (when system fallbacks are on) the usual installed families
/// (<see cref="CommonSystemFallbacks"/>) and finally every installed family. A character no font has is reported
/// as a <see cref="LayoutWarning"/>.
/// </summary>
public sealed class FontSet : IDisposable
{
    public FontSet(IEnumerable<FontFamily> families, bool useSystemFallbacks = true)
    {
        var list = families.ToList();
        if (list.Count == 0)
            throw new FontNotFoundException("A FontSet needs at least one font family.");
        if (useSystemFallbacks)
        {
            foreach (var name in CommonSystemFallbacks)
            {
                if (list.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
                    continue;
                if (FontFamily.TryFromSystem(name) is { } found)
                    list.Add(found);
            }
        }
        Families = list;
        SearchesAllSystemFonts = useSystemFallbacks;
    }

    /// <summary>Families usually installed on Linux, macOS and Windows that cover Greek, symbols and accents.</summary>
    public static IReadOnlyList<string> CommonSystemFallbacks { get; } =
    [
        "DejaVu Sans", "DejaVu Serif", "Liberation Sans", "Liberation Serif", "Noto Sans", "Noto Serif",
        "Noto Sans Math", "Noto Sans Symbols", "Noto Sans Symbols 2", "FreeSerif", "FreeSans", "Symbola",
        "Arial", "Times New Roman", "Segoe UI Symbol", "Cambria Math",
    ];

    /// <summary>The families in fallback order; the first is the primary family.</summary>
    public IReadOnlyList<FontFamily> Families { get; }

    public FontFamily Primary => Families[0];

    /// <summary>Whether a character no family of the set has is looked for in every installed family.</summary>
    public bool SearchesAllSystemFonts { get; }

    /// <summary>
    /// The primary family and <paramref name="otherFamilies"/> loaded from <paramref name="directory"/>, then the
    /// system fallbacks when <paramref name="useSystemFallbacks"/> is on.
    /// </summary>
    public static FontSet FromDirectory(string directory, string primaryFamily, IEnumerable<string>? otherFamilies = null, bool useSystemFallbacks = true)
    {
        var families = new[] { primaryFamily }.Concat(otherFamilies ?? [])
            .Select(name => FontFamily.FromDirectory(directory, name));
        return new FontSet(families, useSystemFallbacks);
    }

    /// <summary>An installed primary family, then the system fallbacks; a clear error when it is not installed.</summary>
    public static FontSet FromSystem(string primaryFamily = "DejaVu Serif", bool useSystemFallbacks = true) =>
        new([FontFamily.FromSystem(primaryFamily)], useSystemFallbacks);

    /// <summary>
    /// The first installed family of <paramref name="preferredFamilies"/> as primary, then the system fallbacks;
    /// a clear error listing what was tried and what is installed when none is.
    /// </summary>
    public static FontSet FromSystem(IEnumerable<string> preferredFamilies, bool useSystemFallbacks = true)
    {
        var tried = preferredFamilies.ToArray();
        foreach (var name in tried)
        {
            if (FontFamily.TryFromSystem(name) is { } family)
                return new FontSet([family], useSystemFallbacks);
        }
        throw new FontNotFoundException(
            $"None of the font families {string.Join(", ", tried.Select(t => $"'{t}'"))} is installed. " +
            $"Installed families: {FontFamily.InstalledFamiliesText()}. On Linux only fonts under /usr/share/fonts are visible; " +
            "install one there or load fonts with FontFamily.FromDirectory / FromFiles / FromStreams.");
    }

    /// <summary>The index of the family called <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Families.Count; i++)
        {
            if (string.Equals(Families[i].Name, name, StringComparison.OrdinalIgnoreCase))
                return i;
        }
        return -1;
    }

    public void Dispose()
    {
        foreach (var family in Families)
            family.Dispose();
    }
}

using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>
/// A named family with a regular face and, when available, bold, italic and bold-italic faces. Missing styled
/// faces are synthesised from the regular one (emboldened, slanted) rather than failing.
/// </summary>
public sealed class FontFamily : IDisposable
{
    private static readonly string[] FontFileExtensions = [".ttf", ".otf"];

    private readonly bool _ownsFaces;

    private FontFamily(string name, string origin, SKTypeface regular, SKTypeface? bold, SKTypeface? italic, SKTypeface? boldItalic, bool ownsFaces = true)
    {
        _ownsFaces = ownsFaces;
        Name = name;
        Origin = origin;
        Regular = regular;
        Bold = bold;
        Italic = italic;
        BoldItalic = boldItalic;
    }

    public string Name { get; }

    /// <summary>Where the faces came from, for messages: a directory, "streams" or "system".</summary>
    public string Origin { get; }

    internal SKTypeface Regular { get; }

    internal SKTypeface? Bold { get; }

    internal SKTypeface? Italic { get; }

    internal SKTypeface? BoldItalic { get; }

    /// <summary>
    /// Loads the faces of <paramref name="familyName"/> from the font files in <paramref name="directory"/> (and its
    /// subdirectories), matching on the family name stored in each file and picking the face closest to each style.
    /// </summary>
    public static FontFamily FromDirectory(string directory, string familyName)
    {
        if (!Directory.Exists(directory))
            throw new FontNotFoundException($"Font directory '{directory}' does not exist (looking for family '{familyName}').");

        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => FontFileExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var candidates = new List<SKTypeface>();
        var familiesSeen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var typeface = SKTypeface.FromFile(file);
            if (typeface is null)
                continue;
            familiesSeen.Add(typeface.FamilyName);
            if (string.Equals(typeface.FamilyName, familyName, StringComparison.OrdinalIgnoreCase))
                candidates.Add(typeface);
            else
                typeface.Dispose();
        }

        var family = FromCandidates(familyName, $"directory '{directory}'", candidates);
        return family ?? throw new FontNotFoundException(
            $"Font family '{familyName}' has no regular face in directory '{directory}'. " +
            (familiesSeen.Count == 0 ? "The directory holds no .ttf or .otf files." : $"Families found there: {string.Join(", ", familiesSeen)}."));
    }

    /// <summary>Loads a family from explicit font files; only the regular face is required.</summary>
    public static FontFamily FromFiles(string familyName, string regular, string? bold = null, string? italic = null, string? boldItalic = null) =>
        new(familyName, "files", LoadFile(regular), LoadOptionalFile(bold), LoadOptionalFile(italic), LoadOptionalFile(boldItalic));

    /// <summary>Loads a family from streams (embedded resources, downloaded fonts); only the regular face is required.</summary>
    public static FontFamily FromStreams(string familyName, Stream regular, Stream? bold = null, Stream? italic = null, Stream? boldItalic = null) =>
        new(familyName, "streams", LoadStream(regular, familyName), bold is null ? null : LoadStream(bold, familyName),
            italic is null ? null : LoadStream(italic, familyName), boldItalic is null ? null : LoadStream(boldItalic, familyName));

    /// <summary>
    /// A family of typefaces the caller has already loaded and keeps owning (disposing the family leaves them alone).
    /// Skia embeds a font once per typeface object, so text and drawings that share one typeface share one embedded font.
    /// </summary>
    public static FontFamily FromTypefaces(string familyName, SKTypeface regular, SKTypeface? bold = null, SKTypeface? italic = null, SKTypeface? boldItalic = null) =>
        new(familyName, "typefaces", regular, bold, italic, boldItalic, ownsFaces: false);

    /// <summary>
    /// The installed family of that name, or null. On Linux, SkiaSharp's NoDependencies build only sees fonts under
    /// /usr/share/fonts, and may answer a lookup with some other family: the answer is checked by name.
    /// </summary>
    public static FontFamily? TryFromSystem(string familyName)
    {
        var manager = SKFontManager.Default;
        SKTypeface? Match(SKFontStyle style, Func<SKFontStyle, bool> accept)
        {
            var typeface = manager.MatchFamily(familyName, style);
            if (typeface is null)
                return null;
            if (string.Equals(typeface.FamilyName, familyName, StringComparison.OrdinalIgnoreCase) && accept(typeface.FontStyle))
                return typeface;
            typeface.Dispose();
            return null;
        }

        var regular = Match(SKFontStyle.Normal, s => s.Weight < 600 && s.Slant == SKFontStyleSlant.Upright);
        if (regular is null)
            return null;
        return new FontFamily(familyName, "system", regular,
            Match(SKFontStyle.Bold, s => s.Weight >= 600 && s.Slant == SKFontStyleSlant.Upright),
            Match(SKFontStyle.Italic, s => s.Weight < 600 && s.Slant != SKFontStyleSlant.Upright),
            Match(SKFontStyle.BoldItalic, s => s.Weight >= 600 && s.Slant != SKFontStyleSlant.Upright));
    }

    /// <summary>The installed family of that name; a clear error listing what is installed when it is missing.</summary>
    public static FontFamily FromSystem(string familyName) =>
        TryFromSystem(familyName) ?? throw new FontNotFoundException(
            $"Font family '{familyName}' is not installed. Installed families: {InstalledFamiliesText()}. " +
            "On Linux only fonts under /usr/share/fonts are visible; install the family there or load it with " +
            "FontFamily.FromDirectory / FromFiles / FromStreams.");

    public void Dispose()
    {
        if (!_ownsFaces)
            return;
        Regular.Dispose();
        Bold?.Dispose();
        Italic?.Dispose();
        BoldItalic?.Dispose();
    }

    internal static string InstalledFamiliesText()
    {
        var families = SKFontManager.Default.GetFontFamilies().Order(StringComparer.Ordinal).ToArray();
        return families.Length == 0 ? "(none)" : string.Join(", ", families);
    }

    private static FontFamily? FromCandidates(string familyName, string origin, List<SKTypeface> candidates)
    {
        var regular = FontFacePicker.Pick(candidates, bold: false, italic: false);
        if (regular is null)
        {
            candidates.ForEach(c => c.Dispose());
            return null;
        }
        var bold = FontFacePicker.Pick(candidates, bold: true, italic: false);
        var italic = FontFacePicker.Pick(candidates, bold: false, italic: true);
        var boldItalic = FontFacePicker.Pick(candidates, bold: true, italic: true);
        foreach (var unused in candidates.Where(c => c != regular && c != bold && c != italic && c != boldItalic))
            unused.Dispose();
        return new FontFamily(familyName, origin, regular, bold, italic, boldItalic);
    }

    private static SKTypeface LoadFile(string path) =>
        SKTypeface.FromFile(path) ?? throw new FontNotFoundException($"Cannot load font file '{path}' (missing or not a font).");

    private static SKTypeface? LoadOptionalFile(string? path) => path is null ? null : LoadFile(path);

    private static SKTypeface LoadStream(Stream stream, string familyName)
    {
        // Skia reads the stream lazily; copy it so the caller may dispose theirs.
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        using var data = SKData.CreateCopy(copy.ToArray());
        return SKTypeface.FromData(data) ?? throw new FontNotFoundException($"A stream given for font family '{familyName}' is not a font.");
    }
}

namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>Picks a family's face for a style, faking the style from the nearest face the family has.</summary>
internal static class FamilyFaces
{
    public static ResolvedFace Face(this FontFamily family, FaceStyle style) => style switch
    {
        FaceStyle.Regular => new(family.Regular, false, false),
        FaceStyle.Bold => family.Bold is { } bold ? new(bold, false, false) : new(family.Regular, true, false),
        FaceStyle.Italic => family.Italic is { } italic ? new(italic, false, false) : new(family.Regular, false, true),
        _ => family.BoldItalic is { } boldItalic ? new(boldItalic, false, false)
            : family.Bold is { } b ? new(b, false, true)
            : family.Italic is { } i ? new(i, true, false)
            : new(family.Regular, true, true),
    };

    /// <summary>The regular face with the style faked: used when only the regular face has a character.</summary>
    public static ResolvedFace FakedFromRegular(this FontFamily family, FaceStyle style) =>
        new(family.Regular, style.HasFlag(FaceStyle.Bold), style.HasFlag(FaceStyle.Italic));
}

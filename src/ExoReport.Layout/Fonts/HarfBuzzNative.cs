using System.Runtime.InteropServices;

namespace ExoReport.Layout;

/// <summary>
/// The few HarfBuzz calls the font subsetter needs, bound straight to the native libHarfBuzzSharp that SkiaSharp's
/// HarfBuzz package ships. Its managed wrapper (HarfBuzzSharp 8.3) exposes no hb-subset API, but the native
/// library exports every hb_subset_* function, so they are declared here.
/// </summary>
internal static partial class HarfBuzzNative
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>hb_memory_mode_t: HarfBuzz copies the bytes at once, so the caller's buffer need not outlive the blob.</summary>
    public const int MemoryModeDuplicate = 0;

    /// <summary>hb_subset_flags_t: keep every glyph at its original id (unused ones become empty).</summary>
    public const uint SubsetFlagsRetainGids = 0x2;

    /// <summary>hb_subset_sets_t: the tables to leave out of the subset.</summary>
    public const int SubsetSetDropTableTag = 3;

    public const uint SetValueInvalid = uint.MaxValue;

    [LibraryImport(Library)]
    public static partial IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library)]
    public static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    public static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    public static partial IntPtr hb_face_create(IntPtr blob, uint index);

    [LibraryImport(Library)]
    public static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    public static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    public static partial void hb_face_collect_unicodes(IntPtr face, IntPtr unicodes);

    [LibraryImport(Library)]
    public static partial IntPtr hb_font_create(IntPtr face);

    [LibraryImport(Library)]
    public static partial void hb_font_destroy(IntPtr font);

    [LibraryImport(Library)]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial bool hb_font_get_nominal_glyph(IntPtr font, uint unicode, out uint glyph);

    [LibraryImport(Library)]
    public static partial IntPtr hb_set_create();

    [LibraryImport(Library)]
    public static partial void hb_set_destroy(IntPtr set);

    [LibraryImport(Library)]
    public static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial bool hb_set_next(IntPtr set, ref uint codepoint);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    public static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    [LibraryImport(Library)]
    public static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    /// <summary>HB_TAG: four ASCII letters packed big-endian.</summary>
    public static uint Tag(string name) => (uint)name[0] << 24 | (uint)name[1] << 16 | (uint)name[2] << 8 | name[3];
}

using System.Runtime.InteropServices;
using SkiaSharp;

namespace ExoReport.Layout;

/// <summary>
/// Cuts a TrueType/OpenType font down to the glyphs of some characters, with HarfBuzz's hb-subset, before Skia sees
/// it: SkiaSharp 3.119's PDF backend embeds whole font files, so a face used for a few hundred characters would
/// otherwise add its full size (DejaVu Sans: 740 KB) to every PDF, and cost the time to compress it.
/// </summary>
/// <remarks>
/// Glyph ids are kept (unused glyphs become empty), so advances, and therefore layout, are exactly the full
/// font's, and Skia maps each character to the same glyph. Every character the full font maps onto a kept
/// glyph stays in the subset's cmap, so Skia's ToUnicode table (built from the cmap) says what it said before:
/// extracted text is unchanged. Shaping tables are dropped: the layout engine never shapes with them.
/// A font HarfBuzz cannot subset (or a machine without the native library) gives null, and the caller
/// keeps the whole font.
/// </remarks>
public static class FontSubsetter
{
    private static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "JSTF", "BASE", "MATH", "kern", "hdmx", "LTSH", "VDMX"];

    /// <summary>A typeface holding only the glyphs of <paramref name="codePoints"/> (and .notdef), or null.</summary>
    public static SKTypeface? Subset(SKTypeface typeface, IEnumerable<int> codePoints)
    {
        using var stream = typeface.OpenStream(out var index);
        if (stream is null || !stream.HasLength)
            return null;
        var font = new byte[stream.Length];
        if (stream.Read(font, font.Length) != font.Length)
            return null;
        var subset = Subset(font, codePoints, index);
        if (subset is null)
            return null;
        using var data = SKData.CreateCopy(subset);
        return SKTypeface.FromData(data);
    }

    /// <summary>The bytes of the subset font, or null when HarfBuzz cannot subset this font.</summary>
    public static byte[]? Subset(byte[] font, IEnumerable<int> codePoints, int faceIndex = 0)
    {
        try
        {
            return SubsetNative(font, codePoints, faceIndex);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static byte[]? SubsetNative(byte[] font, IEnumerable<int> codePoints, int faceIndex)
    {
        var handle = GCHandle.Alloc(font, GCHandleType.Pinned);
        IntPtr blob = IntPtr.Zero, face = IntPtr.Zero, input = IntPtr.Zero, result = IntPtr.Zero, resultBlob = IntPtr.Zero;
        try
        {
            blob = HarfBuzzNative.hb_blob_create(handle.AddrOfPinnedObject(), (uint)font.Length, HarfBuzzNative.MemoryModeDuplicate, IntPtr.Zero, IntPtr.Zero);
            face = HarfBuzzNative.hb_face_create(blob, (uint)faceIndex);
            input = HarfBuzzNative.hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero)
                return null;
            HarfBuzzNative.hb_subset_input_set_flags(input, HarfBuzzNative.SubsetFlagsRetainGids);
            var drop = HarfBuzzNative.hb_subset_input_set(input, HarfBuzzNative.SubsetSetDropTableTag);
            foreach (var table in DroppedTables)
                HarfBuzzNative.hb_set_add(drop, HarfBuzzNative.Tag(table));
            AddCharacters(face, codePoints, HarfBuzzNative.hb_subset_input_unicode_set(input), HarfBuzzNative.hb_subset_input_glyph_set(input));

            result = HarfBuzzNative.hb_subset_or_fail(face, input);
            if (result == IntPtr.Zero)
                return null;
            resultBlob = HarfBuzzNative.hb_face_reference_blob(result);
            var data = HarfBuzzNative.hb_blob_get_data(resultBlob, out var length);
            if (data == IntPtr.Zero || length == 0)
                return null;
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            if (resultBlob != IntPtr.Zero) HarfBuzzNative.hb_blob_destroy(resultBlob);
            if (result != IntPtr.Zero) HarfBuzzNative.hb_face_destroy(result);
            if (input != IntPtr.Zero) HarfBuzzNative.hb_subset_input_destroy(input);
            if (face != IntPtr.Zero) HarfBuzzNative.hb_face_destroy(face);
            if (blob != IntPtr.Zero) HarfBuzzNative.hb_blob_destroy(blob);
            handle.Free();
        }
    }

    /// <summary>
    /// Asks for the glyph of each character, and keeps in the cmap every character the font maps onto one of those
    /// glyphs (a space and a no-break space may share a glyph): whichever of them Skia names in ToUnicode, it is
    /// still there.
    /// </summary>
    private static void AddCharacters(IntPtr face, IEnumerable<int> codePoints, IntPtr unicodes, IntPtr glyphs)
    {
        var font = HarfBuzzNative.hb_font_create(face);
        var all = HarfBuzzNative.hb_set_create();
        try
        {
            var kept = new HashSet<uint>();
            foreach (var codePoint in codePoints)
            {
                if (codePoint >= 0 && HarfBuzzNative.hb_font_get_nominal_glyph(font, (uint)codePoint, out var glyph))
                {
                    kept.Add(glyph);
                    HarfBuzzNative.hb_set_add(glyphs, glyph);
                }
            }
            HarfBuzzNative.hb_face_collect_unicodes(face, all);
            var unicode = HarfBuzzNative.SetValueInvalid;
            while (HarfBuzzNative.hb_set_next(all, ref unicode))
            {
                if (HarfBuzzNative.hb_font_get_nominal_glyph(font, unicode, out var glyph) && kept.Contains(glyph))
                    HarfBuzzNative.hb_set_add(unicodes, unicode);
            }
        }
        finally
        {
            HarfBuzzNative.hb_set_destroy(all);
            HarfBuzzNative.hb_font_destroy(font);
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.Unicode;
using ExoReport.Diagnostics;

namespace ExoReport.Evidence.Loading;

/// <summary>
/// Strict UTF-8 decoding: a BOM is dropped, and the first invalid byte is reported at its line and column
/// instead of being silently replaced (a replaced byte would corrupt a name or a DOI without anyone noticing).
/// </summary>
internal static class Utf8TextDecoder
{
    public static DecodedText Decode(string file, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new DecodedText(null, new Diagnostic(new SourceSpan(file, 1, 1), Severity.Error, EvidenceCodes.InvalidUtf8,
                "the file is UTF-16 encoded; save it as UTF-8"));

        // The common case in one vectorised check and one copy; the slow path below only locates a bad byte.
        if (Utf8.IsValid(bytes))
            return new DecodedText(Encoding.UTF8.GetString(bytes), null);

        // UTF-16 never needs more chars than UTF-8 has bytes.
        var chars = new char[bytes.Length];
        Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        var where = TextPosition.At(file, chars.AsSpan(0, charsWritten));
        var badByte = bytesRead < bytes.Length ? bytes[bytesRead] : (byte)0;
        var message = string.Create(CultureInfo.InvariantCulture,
            $"invalid UTF-8: byte 0x{badByte:X2} does not start or continue a character; save the file as UTF-8");
        return new DecodedText(null, new Diagnostic(where, Severity.Error, EvidenceCodes.InvalidUtf8, message));
    }
}

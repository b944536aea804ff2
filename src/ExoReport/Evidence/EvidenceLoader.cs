using System.Globalization;
using ExoReport.Diagnostics;
using ExoReport.Evidence.Loading;

namespace ExoReport.Evidence;

/// <summary>
/// Loads and validates an evidence file. Every problem a user can cause comes back as a diagnostic (never an
/// exception); <see cref="EvidenceLoadResult.Evidence"/> is set only when there is no error. Diagnostics name
/// the file by its display path, the path as the user typed it, so no absolute machine path reaches output.
/// </summary>
public static class EvidenceLoader
{
    public static EvidenceLoadResult LoadFile(string path, string? displayPath = null)
    {
        var shown = displayPath ?? path;
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
                return CannotRead(shown, "is a folder, not a file");
            var info = new FileInfo(path);
            if (!info.Exists)
                return CannotRead(shown, "file not found");
            if (info.Length > EvidenceLimits.MaxFileBytes)
                return TooLarge(shown, info.Length);
            bytes = File.ReadAllBytes(path);
        }
        // The exception messages name absolute paths; say what happened in our own words instead.
        catch (UnauthorizedAccessException)
        {
            return CannotRead(shown, "permission denied");
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return CannotRead(shown, "the file cannot be read (" + e.GetType().Name + ")");
        }
        return LoadBytes(shown, bytes);
    }

    public static EvidenceLoadResult LoadBytes(string displayPath, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > EvidenceLimits.MaxFileBytes)
            return TooLarge(displayPath, bytes.Length);
        var decoded = Utf8TextDecoder.Decode(displayPath, bytes);
        return decoded.Problem is { } problem ? EvidencePipeline.Failed(problem) : EvidencePipeline.Run(displayPath, decoded.Text!);
    }

    public static EvidenceLoadResult LoadText(string displayPath, string text)
    {
        if (text.Length > EvidenceLimits.MaxFileBytes)
            return TooLarge(displayPath, text.Length);
        // A BOM read through a StringReader would otherwise become part of the first key.
        return EvidencePipeline.Run(displayPath, text.StartsWith('\uFEFF') ? text[1..] : text);
    }

    private static EvidenceLoadResult CannotRead(string file, string reason) =>
        EvidencePipeline.Failed(new Diagnostic(SourceSpan.None(file), Severity.Error, EvidenceCodes.CannotRead, reason));

    private static EvidenceLoadResult TooLarge(string file, long length) =>
        EvidencePipeline.Failed(new Diagnostic(SourceSpan.None(file), Severity.Error, EvidenceCodes.FileTooLarge,
            string.Create(CultureInfo.InvariantCulture,
                $"the file is {length:N0} bytes; the limit is {EvidenceLimits.MaxFileBytes:N0} bytes ({EvidenceLimits.MaxFileBytes / (1024 * 1024)} MiB)")));
}

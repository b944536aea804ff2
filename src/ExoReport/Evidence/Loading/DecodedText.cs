using ExoReport.Diagnostics;

namespace ExoReport.Evidence.Loading;

/// <summary>The outcome of decoding a file's bytes: the text, or the one diagnostic that says why not.</summary>
internal readonly record struct DecodedText(string? Text, Diagnostic? Problem);

using SkiaSharp;

namespace ExoReport.Layout.Engine;

/// <summary>The innermost element that answered "does not fit", the elements above it, and the space it was offered.</summary>
internal sealed record WrapCulprit(string Element, IReadOnlyList<string> Path, SKSize Available);

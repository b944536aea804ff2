using ExoReport.Diagnostics;
using YamlDotNet.Core;

namespace ExoReport.Evidence.Loading;

/// <summary>
/// Where each value of the converted JSON came from in the YAML: JSON pointer → line and column of the value,
/// and of its key. Schema errors (which name an instance location) and semantic checks use it to point at
/// the exact place; a pointer not recorded falls back to its nearest recorded parent.
/// </summary>
internal sealed class SourceMap(string file)
{
    private readonly Dictionary<string, SourceSpan> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceSpan> keys = new(StringComparer.Ordinal);

    public string File => file;

    public void AddValue(string pointer, Mark start) => values[pointer] = MarkSpan.From(file, start);

    public void AddKey(string pointer, Mark start) => keys[pointer] = MarkSpan.From(file, start);

    public SourceSpan ValueAt(string pointer)
    {
        while (true)
        {
            if (values.TryGetValue(pointer, out var span))
                return span;
            if (pointer.Length == 0)
                return new SourceSpan(file, 1, 1);
            pointer = JsonPointerText.Parent(pointer);
        }
    }

    public SourceSpan KeyAt(string pointer) => keys.TryGetValue(pointer, out var span) ? span : ValueAt(pointer);
}

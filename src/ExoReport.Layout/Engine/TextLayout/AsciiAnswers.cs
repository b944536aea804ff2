namespace ExoReport.Layout.Engine.TextLayout;

/// <summary>The face answering each ASCII character for one style and family, filled in as characters are met.</summary>
internal sealed class AsciiAnswers
{
    public const int Size = 128;

    private readonly ResolvedFace?[] _faces = new ResolvedFace?[Size];
    private readonly bool[] _known = new bool[Size];

    public bool TryGet(int codePoint, out ResolvedFace? face)
    {
        face = _faces[codePoint];
        return _known[codePoint];
    }

    public void Set(int codePoint, ResolvedFace? face)
    {
        _faces[codePoint] = face;
        _known[codePoint] = true;
    }
}

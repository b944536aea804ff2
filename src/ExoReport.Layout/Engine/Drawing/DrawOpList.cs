namespace ExoReport.Layout.Engine.Drawing;

/// <summary>
/// Drawing operations in fixed chunks of 1,024 (48 KB, below the large object heap's 85 KB): a document's record
/// grows to a million operations, and one growing array would be copied again and again and, on the large object
/// heap, would bring on full collections.
/// </summary>
internal sealed class DrawOpList
{
    private const int ChunkShift = 10;
    private const int ChunkSize = 1 << ChunkShift;

    private readonly List<DrawOp[]> _chunks = [];

    public int Count { get; private set; }

    public DrawOp this[int index] => _chunks[index >> ChunkShift][index & (ChunkSize - 1)];

    public void Add(in DrawOp op)
    {
        var slot = Count & (ChunkSize - 1);
        if (slot == 0 && Count >> ChunkShift == _chunks.Count)
            _chunks.Add(new DrawOp[ChunkSize]);
        _chunks[Count >> ChunkShift][slot] = op;
        Count++;
    }

    /// <summary>Forgets every operation; the chunks are kept for reuse.</summary>
    public void Clear()
    {
        foreach (var chunk in _chunks)
            Array.Clear(chunk);
        Count = 0;
    }

    /// <summary>Forgets every operation and the chunks.</summary>
    public void Release()
    {
        _chunks.Clear();
        _chunks.TrimExcess();
        Count = 0;
    }

    public DrawOp[] ToArray()
    {
        var ops = new DrawOp[Count];
        for (var i = 0; i < Count; i++)
            ops[i] = this[i];
        return ops;
    }

    public void ReplayOnto(IPageDrawing drawing, int start, int count)
    {
        for (var i = start; i < start + count; i++)
            this[i].ReplayOnto(drawing);
    }
}

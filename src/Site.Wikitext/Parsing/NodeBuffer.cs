using Site.Wikitext.Syntax;

namespace Site.Wikitext.Parsing;

/// <summary>Where a <see cref="Materializer.TextRun"/> puts the nodes it makes.</summary>
internal interface INodeSink
{
    void Add(WikiNode node);

    /// <summary>Adds the text at <paramref name="start"/> (a text node, or a gap its container fills).</summary>
    void AddText(ParseContext context, int start, int length);
}

/// <summary>
/// The nodes of a run, in chunks: the top level of a long text grows without copying its nodes each time it would
/// double, and only the exact-size array the tree keeps is made at the end. Chunks are kept for the next run.
/// </summary>
internal sealed class NodeBuffer : INodeSink
{
    private const int ChunkSize = 256;
    private readonly List<WikiNode[]> _chunks = [];

    public int Count { get; private set; }

    /// <summary>
    /// Leaves an empty slot for each run of text instead of a text node: the document's top level, whose runs of text
    /// are made when its children are first read (two runs of text are never next to each other).
    /// </summary>
    public bool TextAsGaps { get; set; }

    public void AddText(ParseContext context, int start, int length) => Add(TextAsGaps ? null! : Materializer.Text(context, start, length));

    public void Add(WikiNode node)
    {
        var chunk = Count / ChunkSize;
        if (chunk == _chunks.Count) _chunks.Add(new WikiNode[ChunkSize]);
        _chunks[chunk][Count % ChunkSize] = node;
        Count++;
    }

    /// <summary>The nodes as one span: the first chunk when they fit in it (a tag body mostly does), else a copy.</summary>
    public ReadOnlySpan<WikiNode> AsSpan() => Count == 0 ? [] : Count <= ChunkSize ? _chunks[0].AsSpan(0, Count) : ToArray();

    public WikiNode[] ToArray()
    {
        if (Count == 0) return [];
        var array = new WikiNode[Count];
        for (var copied = 0; copied < Count; copied += ChunkSize)
        {
            _chunks[copied / ChunkSize].AsSpan(0, Math.Min(ChunkSize, Count - copied)).CopyTo(array.AsSpan(copied));
        }
        return array;
    }

    public void Clear()
    {
        for (var cleared = 0; cleared < Count; cleared += ChunkSize)
        {
            Array.Clear(_chunks[cleared / ChunkSize], 0, Math.Min(ChunkSize, Count - cleared));
        }
        Count = 0;
    }
}

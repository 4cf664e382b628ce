using System.Buffers;
using Site.Conversion;

namespace Site.Rendering.Search;

/// <summary>
/// Writes one edition's documents into chunk files of about <see cref="ChunkBytes"/> as they arrive in order (not
/// thread-safe: the caller orders and serialises), handing each full chunk out through <see cref="TakeFullChunks"/>,
/// and at the end the edition's manifest, which names the shared postings.
/// </summary>
public sealed class SearchChunkWriter(string edition, string lang)
{
    public const int ChunkBytes = 48 * 1024;

    private readonly ArrayBufferWriter<byte> _chunk = new(ChunkBytes + 16 * 1024);
    private readonly List<int> _chunks = [];
    private readonly List<(string Path, byte[] Bytes)> _fullChunks = [];
    private int _chunkDocuments;
    private int _documents;

    public int Documents => _documents;

    /// <summary>Adds a document's JSON (<see cref="SearchIndexJson.DocumentBytes"/>).</summary>
    public void Add(byte[] json)
    {
        _documents++;
        _chunk.Write(_chunkDocuments == 0 ? "["u8 : ","u8);
        _chunk.Write(json);
        _chunkDocuments++;
        if (_chunk.WrittenCount >= ChunkBytes) FlushChunk();
    }

    /// <summary>
    /// The chunks filled since the last call, for the caller to write outside whatever orders the documents (a chunk
    /// file written under the lock would hold up every other thread's articles).
    /// </summary>
    public List<(string Path, byte[] Bytes)> TakeFullChunks()
    {
        var chunks = _fullChunks.ToList();
        _fullChunks.Clear();
        return chunks;
    }

    /// <summary>The last chunk and the manifest, once every document is in and the postings are written.</summary>
    /// <param name="grams">The folder of the shared shards, relative to the manifest.</param>
    public List<(string Path, byte[] Bytes)> Finish(SearchPostingsWriter postings, string grams)
    {
        if (postings.Documents != _documents) throw new InvalidOperationException($"{edition}: {_documents} documents, but postings for {postings.Documents}.");
        if (_chunkDocuments > 0 || _chunks.Count == 0) FlushChunk();
        var fold = CharacterFold.TraditionalToSimplified.Where(p => postings.Holds(p.Value));
        _fullChunks.Add((SearchIndexJson.Manifest, SearchIndexJson.ManifestBytes(edition, lang, fold, _documents, grams, postings.Shards, _chunks)));
        return TakeFullChunks();
    }

    private void FlushChunk()
    {
        if (_chunkDocuments == 0) _chunk.Write("["u8);
        _chunk.Write("]\n"u8);
        _fullChunks.Add((SearchIndexJson.ChunkPath(_chunks.Count), _chunk.WrittenSpan.ToArray()));
        _chunks.Add(_chunkDocuments);
        _chunk.ResetWrittenCount();
        _chunkDocuments = 0;
    }
}

using System.Buffers;
using System.Text.Json;
using Site.Conversion;

namespace Site.Rendering.Search;

/// <summary>
/// Writes one edition's search index as its documents arrive, in document order (not thread-safe: the caller
/// orders and serialises): documents go to chunk files of about <see cref="ChunkBytes"/> as soon as a chunk is
/// full; postings stay in memory, delta- and varint-coded, until <see cref="Finish"/> writes them to shard files
/// (as many as make about <see cref="ShardBytes"/> each, a power of two) and the manifest.
/// </summary>
public sealed class SearchIndexWriter(string edition, string lang, Action<string, byte[]> write)
{
    public const int ChunkBytes = 48 * 1024;
    public const int ShardBytes = 48 * 1024;

    private readonly Dictionary<uint, PostingList> _postings = [];
    private readonly ArrayBufferWriter<byte> _chunk = new(ChunkBytes + 16 * 1024);
    private readonly List<int> _chunks = [];
    private int _chunkDocuments;
    private int _documents;
    private bool _finished;

    public int Documents => _documents;

    public void Add(IndexedDocument document)
    {
        if (_finished) throw new InvalidOperationException("The index is already written.");
        var id = _documents++;
        for (var i = 0; i < document.Grams.Length; i++)
        {
            if (!_postings.TryGetValue(document.Grams[i], out var list)) _postings[document.Grams[i]] = list = new PostingList();
            list.Add(id, document.Weights[i]);
        }
        _chunk.Write(_chunkDocuments == 0 ? "["u8 : ","u8);
        _chunk.Write(document.Json);
        _chunkDocuments++;
        if (_chunk.WrittenCount >= ChunkBytes) FlushChunk();
    }

    /// <summary>Writes the last chunk, the shards and the manifest.</summary>
    public void Finish()
    {
        if (_finished) throw new InvalidOperationException("The index is already written.");
        _finished = true;
        if (_chunkDocuments > 0 || _chunks.Count == 0) FlushChunk();
        // A gram's JSON is its name and, per posting, two numbers of a few digits: about twice its varint bytes.
        var estimate = _postings.Values.Sum(p => 12L + 2L * p.Length);
        var shards = 1;
        while (shards * (long)ShardBytes < estimate) shards *= 2;
        var grams = new List<(string Gram, PostingList Postings)>[shards];
        for (var k = 0; k < shards; k++) grams[k] = [];
        foreach (var (key, postings) in _postings)
        {
            var gram = SearchText.GramOf(key);
            grams[SearchText.ShardOf(gram, shards)].Add((gram, postings));
        }
        for (var k = 0; k < shards; k++)
        {
            grams[k].Sort((a, b) => string.CompareOrdinal(a.Gram, b.Gram));
            write(SearchIndexJson.ShardPath(k), SearchIndexJson.ShardBytes(grams[k], static (json, p) => p.WriteTo(json)));
        }
        // The browser needs only the fold pairs that can meet the index: a query character folding to a character it holds.
        var fold = CharacterFold.TraditionalToSimplified.Where(p => _postings.ContainsKey(SearchText.Key(p.Value)));
        write(SearchIndexJson.Manifest, SearchIndexJson.ManifestBytes(edition, lang, fold, _documents, shards, _chunks));
        _postings.Clear();
    }

    private void FlushChunk()
    {
        if (_chunkDocuments == 0) _chunk.Write("["u8);
        _chunk.Write("]\n"u8);
        write(SearchIndexJson.ChunkPath(_chunks.Count), _chunk.WrittenSpan.ToArray());
        _chunks.Add(_chunkDocuments);
        _chunk.ResetWrittenCount();
        _chunkDocuments = 0;
    }

    /// <summary>One gram's postings: (document gap, weight) pairs as unsigned LEB128 varints.</summary>
    private sealed class PostingList
    {
        private byte[] _bytes = new byte[8];
        private int _last;

        public int Length { get; private set; }

        public void Add(int document, int weight)
        {
            if (_bytes.Length - Length < 10) Array.Resize(ref _bytes, _bytes.Length * 2);
            Put((uint)(document - _last));
            Put((uint)weight);
            _last = document;
        }

        private void Put(uint value)
        {
            while (value >= 0x80)
            {
                _bytes[Length++] = (byte)(value | 0x80);
                value >>= 7;
            }
            _bytes[Length++] = (byte)value;
        }

        public void WriteTo(Utf8JsonWriter json)
        {
            var at = 0;
            while (at < Length)
            {
                uint value = 0;
                var shift = 0;
                byte b;
                do
                {
                    b = _bytes[at++];
                    value |= (uint)(b & 0x7F) << shift;
                    shift += 7;
                } while (b >= 0x80);
                json.WriteNumberValue(value);
            }
        }
    }
}

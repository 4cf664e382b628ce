using System.Buffers;
using System.Buffers.Binary;
using System.Text.Json;
using Site.Conversion;

namespace Site.Rendering.Search;

/// <summary>
/// Writes one edition's search index as its documents arrive, in document order (not thread-safe: the caller
/// orders and serialises). Documents go to chunk files of about <see cref="ChunkBytes"/>, handed out by
/// <see cref="TakeFullChunks"/> as soon as a chunk is full.
/// Postings are appended, as compact records, to one of <see cref="Buckets"/> buckets by the low bits of their
/// gram's hash, and spilled to files in <paramref name="scratch"/> past <paramref name="spillBytes"/>: memory stays flat
/// however large the site. <see cref="Finish"/> sorts each bucket into its shard files (as many as make about
/// <see cref="ShardBytes"/> each, a power of two; a shard's grams all come from one bucket or it takes whole buckets)
/// and writes the manifest.
/// </summary>
public sealed class SearchIndexWriter(string edition, string lang, string scratch, Action<string, byte[]> write, int spillBytes = SearchIndexWriter.SpillBytes)
{
    public const int ChunkBytes = 48 * 1024;
    public const int ShardBytes = 48 * 1024;
    public const int Buckets = 256;
    public const int SpillBytes = 24 * 1024 * 1024;

    private readonly ArrayBufferWriter<byte>[] _buckets = Enumerable.Range(0, Buckets).Select(_ => new ArrayBufferWriter<byte>(1024)).ToArray();
    private readonly int[] _lastDocument = new int[Buckets];
    private readonly bool[] _spilled = new bool[Buckets];
    private readonly long[] _records = new long[Buckets];
    /// <summary>The characters the index holds (its one-character grams): the fold ships only pairs that can meet them.</summary>
    private readonly bool[] _characters = new bool[char.MaxValue + 1];
    private long _buffered;
    private long _postings;
    private readonly ArrayBufferWriter<byte> _chunk = new(ChunkBytes + 16 * 1024);
    private readonly List<int> _chunks = [];
    private readonly List<(string Path, byte[] Bytes)> _fullChunks = [];
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
            var gram = document.Grams[i];
            if (gram <= char.MaxValue) _characters[gram] = true;
            var b = (int)(SearchText.HashOf(gram) & (Buckets - 1));
            // A record: document gap within the bucket, the gram's key, its weight.
            var span = _buckets[b].GetSpan(14);
            var at = Put(span, (uint)(id - _lastDocument[b]));
            BinaryPrimitives.WriteUInt32LittleEndian(span[at..], gram);
            at = Put(span, (uint)document.Weights[i], at + 4);
            _buckets[b].Advance(at);
            _buffered += at;
            _lastDocument[b] = id;
            _records[b]++;
        }
        _postings += document.Grams.Length;
        if (_buffered > spillBytes) Spill();
        _chunk.Write(_chunkDocuments == 0 ? "["u8 : ","u8);
        _chunk.Write(document.Json);
        _chunkDocuments++;
        if (_chunk.WrittenCount >= ChunkBytes) FlushChunk();
    }

    private static int Put(Span<byte> span, uint value, int at = 0)
    {
        while (value >= 0x80)
        {
            span[at++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[at++] = (byte)value;
        return at;
    }

    private string BucketFile(int bucket) => Path.Combine(scratch, edition + "-" + bucket.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".postings");

    private void Spill()
    {
        for (var b = 0; b < Buckets; b++)
        {
            if (_buckets[b].WrittenCount == 0) continue;
            using (var file = new FileStream(BucketFile(b), FileMode.Append, FileAccess.Write, FileShare.None, 1)) file.Write(_buckets[b].WrittenSpan);
            _spilled[b] = true;
            _buckets[b].ResetWrittenCount();
        }
        _buffered = 0;
    }

    /// <summary>Writes the last chunk, the shards and the manifest; removes the spilled files.</summary>
    public void Finish()
    {
        if (_finished) throw new InvalidOperationException("The index is already written.");
        _finished = true;
        if (_chunkDocuments > 0 || _chunks.Count == 0) FlushChunk();
        foreach (var (path, bytes) in TakeFullChunks()) write(path, bytes);
        // In JSON a posting is two numbers of a few digits and their commas: about five bytes.
        var shards = 1;
        while (shards * (long)ShardBytes < 5 * _postings) shards *= 2;
        // Either a bucket feeds several shards (the hash's next bits choose) or a shard takes several whole buckets.
        var groups = Math.Min(shards, Buckets);
        for (var g = 0; g < groups; g++)
        {
            var records = 0L;
            for (var b = g; b < Buckets; b += groups) records += _records[b];
            var parts = Enumerable.Range(0, shards / groups).Select(_ => new ShardPostings((int)(records * groups / shards * 9 / 8))).ToArray();
            for (var b = g; b < Buckets; b += groups)
            {
                Read(b, (gram, document, weight) => parts[(int)(SearchText.HashOf(gram) & (uint)(shards - 1)) / groups].Add(gram, document, weight));
            }
            for (var p = 0; p < parts.Length; p++) write(SearchIndexJson.ShardPath(g + p * groups), parts[p].ToJson());
        }
        var fold = CharacterFold.TraditionalToSimplified.Where(p => _characters[p.Value]);
        write(SearchIndexJson.Manifest, SearchIndexJson.ManifestBytes(edition, lang, fold, _documents, shards, _chunks));
        for (var b = 0; b < Buckets; b++) if (_spilled[b]) File.Delete(BucketFile(b));
    }

    private void Read(int bucket, Action<uint, int, int> record)
    {
        var bytes = _spilled[bucket] ? File.ReadAllBytes(BucketFile(bucket)) : [];
        var document = 0;
        foreach (var part in new[] { bytes, _buckets[bucket].WrittenSpan.ToArray() })
        {
            var at = 0;
            while (at < part.Length)
            {
                document += (int)Get(part, ref at);
                var gram = BinaryPrimitives.ReadUInt32LittleEndian(part.AsSpan(at));
                at += 4;
                record(gram, document, (int)Get(part, ref at));
            }
        }
        _buckets[bucket] = new ArrayBufferWriter<byte>(1);
    }

    private static uint Get(byte[] bytes, ref int at)
    {
        uint value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        } while (b >= 0x80);
        return value;
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

    private void FlushChunk()
    {
        if (_chunkDocuments == 0) _chunk.Write("["u8);
        _chunk.Write("]\n"u8);
        _fullChunks.Add((SearchIndexJson.ChunkPath(_chunks.Count), _chunk.WrittenSpan.ToArray()));
        _chunks.Add(_chunkDocuments);
        _chunk.ResetWrittenCount();
        _chunkDocuments = 0;
    }

    /// <summary>
    /// The postings of one shard, sorted as one 64-bit number each: the gram in its string's ordinal order (a character
    /// before the pairs it starts: first unit, a pair flag, second unit — 33 bits), then the document (31 bits).
    /// </summary>
    private sealed class ShardPostings(int capacity)
    {
        private readonly List<ulong> _keys = new(capacity);
        private readonly List<int> _weights = new(capacity);

        public void Add(uint gram, int document, int weight)
        {
            var order = gram > char.MaxValue ? (ulong)(gram >> 16) << 17 | 1UL << 16 | (gram & 0xFFFF) : (ulong)gram << 17;
            _keys.Add(order << 31 | (uint)document);
            _weights.Add(weight);
        }

        /// <summary>
        /// The shard's JSON, written by hand: it is most of the index's bytes, and a gram (letters and digits only)
        /// never needs escaping. <see cref="SearchIndexJson.Read"/> parses it back in the tests.
        /// </summary>
        public byte[] ToJson()
        {
            var keys = _keys.ToArray();
            var weights = _weights.ToArray();
            Array.Sort(keys, weights);
            var json = new ArrayBufferWriter<byte>(keys.Length * 6 + 64);
            json.Write("{"u8);
            for (var start = 0; start < keys.Length;)
            {
                var order = keys[start] >> 31;
                var first = (char)(order >> 17);
                var gram = (order & 1UL << 16) != 0 ? new string([first, (char)(order & 0xFFFF)]) : first.ToString();
                if (start > 0) json.Write(","u8);
                json.Write("\""u8);
                json.Write(System.Text.Encoding.UTF8.GetBytes(gram));
                json.Write("\":["u8);
                var last = 0;
                for (var i = start; i < keys.Length && keys[i] >> 31 == order; i++, start++)
                {
                    var document = (int)(keys[i] & int.MaxValue);
                    if (i > 0 && keys[i - 1] >> 31 == order) json.Write(","u8);
                    Number(json, document - last);
                    json.Write(","u8);
                    Number(json, weights[i]);
                    last = document;
                }
                json.Write("]"u8);
            }
            json.Write("}\n"u8);
            return json.WrittenSpan.ToArray();
        }

        private static void Number(ArrayBufferWriter<byte> json, int value)
        {
            System.Buffers.Text.Utf8Formatter.TryFormat(value, json.GetSpan(11), out var written);
            json.Advance(written);
        }
    }
}

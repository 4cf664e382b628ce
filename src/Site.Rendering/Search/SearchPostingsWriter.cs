using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Site.Rendering.Search;

/// <summary>
/// Writes the postings of the site's search index, shared by every edition (each edition's documents carry the
/// others' wording, so an aligned document holds the same grams in each: one set of shards serves them all), as the
/// documents arrive in order (not thread-safe: the caller orders and serialises). Postings are appended, as compact
/// records, to one of <see cref="Buckets"/> buckets by the low bits of their gram's hash, and spilled to files in
/// <paramref name="scratch"/> past <paramref name="spillBytes"/>: memory stays flat however large the site.
/// <see cref="Finish"/> groups each bucket into its shard files (as many as make about <see cref="ShardBytes"/> each,
/// a power of two; a shard's grams all come from one bucket or it takes whole buckets), the groups on all cores.
/// </summary>
public sealed class SearchPostingsWriter(string scratch, Action<string, byte[]> write, int spillBytes = SearchPostingsWriter.SpillBytes)
{
    public const int ShardBytes = 48 * 1024;
    public const int Buckets = 256;
    public const int SpillBytes = 48 * 1024 * 1024;

    /// <summary>Each bucket's records not yet spilled, and their length.</summary>
    private readonly byte[][] _buckets = Enumerable.Range(0, Buckets).Select(_ => new byte[1024]).ToArray();
    private readonly int[] _bucketLength = new int[Buckets];
    private readonly int[] _lastDocument = new int[Buckets];
    private readonly bool[] _spilled = new bool[Buckets];
    private readonly long[] _records = new long[Buckets];
    /// <summary>The characters the index holds (its one-character grams): the fold ships only pairs that can meet them.</summary>
    private readonly bool[] _characters = new bool[char.MaxValue + 1];
    private long _buffered;
    private long _postings;
    private int _documents;
    private int _shards;

    /// <summary>Documents added so far: the next one's number.</summary>
    public int Documents => _documents;

    /// <summary>The number of shard files, once <see cref="Finish"/> has written them.</summary>
    public int Shards => _shards > 0 ? _shards : throw new InvalidOperationException("The postings are not written yet.");

    /// <summary>Whether a character occurs in the index (as a gram of its own).</summary>
    public bool Holds(char c) => _characters[c];

    /// <summary>The next document's grams (its number is <see cref="Documents"/> before the call).</summary>
    public void Add(DocumentGrams document)
    {
        if (_shards > 0) throw new InvalidOperationException("The postings are already written.");
        var id = _documents++;
        for (var i = 0; i < document.Grams.Length; i++)
        {
            var gram = document.Grams[i];
            if (gram <= char.MaxValue) _characters[gram] = true;
            var b = BucketOf(gram);
            if (_buckets[b].Length - _bucketLength[b] < 14) Array.Resize(ref _buckets[b], _buckets[b].Length * 2);
            // A record: document gap within the bucket, the gram's key, its weight.
            var span = _buckets[b].AsSpan(_bucketLength[b]);
            var at = Put(span, (uint)(id - _lastDocument[b]));
            BinaryPrimitives.WriteUInt32LittleEndian(span[at..], gram);
            at = Put(span, (uint)document.Weights[i], at + 4);
            _bucketLength[b] += at;
            _buffered += at;
            _lastDocument[b] = id;
            _records[b]++;
        }
        _postings += document.Grams.Length;
        if (_buffered > spillBytes) Spill();
    }

    /// <summary>The bucket of a gram's postings: the low bits of its hash, which also choose its shard.</summary>
    public static int BucketOf(uint gram) => SearchText.ShardOf(gram, Buckets);

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

    private string BucketFile(int bucket) => Path.Combine(scratch, "bucket-" + bucket.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".postings");

    private void Spill()
    {
        for (var b = 0; b < Buckets; b++)
        {
            if (_bucketLength[b] == 0) continue;
            using (var file = new FileStream(BucketFile(b), FileMode.Append, FileAccess.Write, FileShare.None, 1)) file.Write(_buckets[b], 0, _bucketLength[b]);
            _spilled[b] = true;
            _bucketLength[b] = 0;
        }
        _buffered = 0;
    }

    /// <summary>Writes the shards and removes the spilled files.</summary>
    public void Finish()
    {
        if (_shards > 0) throw new InvalidOperationException("The postings are already written.");
        // In JSON a posting is two numbers of a few digits and their commas: about five bytes.
        var shards = 1;
        while (shards * (long)ShardBytes < 5 * _postings) shards *= 2;
        // Either a bucket feeds several shards (the hash's next bits choose) or a shard takes several whole buckets.
        var groups = Math.Min(shards, Buckets);
        Parallel.For(0, groups, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, g =>
        {
            var records = 0L;
            for (var b = g; b < Buckets; b += groups) records += _records[b];
            var parts = Enumerable.Range(0, shards / groups).Select(_ => new ShardPostings((int)(records * groups / shards * 9 / 8))).ToArray();
            for (var b = g; b < Buckets; b += groups) Read(b, parts, shards, groups);
            for (var p = 0; p < parts.Length; p++) write(SearchIndexJson.ShardFile(g + p * groups), parts[p].ToJson());
        });
        for (var b = 0; b < Buckets; b++) if (_spilled[b]) File.Delete(BucketFile(b));
        _shards = shards;
    }

    /// <summary>A bucket's records, spilled and buffered, each to the part of <paramref name="parts"/> its gram's shard is.</summary>
    private void Read(int bucket, ShardPostings[] parts, int shards, int groups)
    {
        var spilled = _spilled[bucket] ? File.ReadAllBytes(BucketFile(bucket)) : [];
        var document = 0;
        Decode(spilled, ref document, parts, shards, groups);
        Decode(_buckets[bucket].AsSpan(0, _bucketLength[bucket]), ref document, parts, shards, groups);
        _buckets[bucket] = [];
        _bucketLength[bucket] = 0;
    }

    private static void Decode(ReadOnlySpan<byte> records, ref int document, ShardPostings[] parts, int shards, int groups)
    {
        var at = 0;
        while (at < records.Length)
        {
            document += (int)Get(records, ref at);
            var gram = BinaryPrimitives.ReadUInt32LittleEndian(records[at..]);
            at += 4;
            var weight = (int)Get(records, ref at);
            parts[parts.Length == 1 ? 0 : SearchText.ShardOf(gram, shards) / groups].Add(gram, document, weight);
        }
    }

    private static uint Get(ReadOnlySpan<byte> bytes, ref int at)
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
    /// The postings of one shard as they are read, in document order within each bucket; grouped by gram (grams in
    /// their strings' ordinal order: a character before the pairs it starts) with a counting sort, which keeps that
    /// order, instead of a comparison sort of every posting.
    /// </summary>
    private sealed class ShardPostings(int capacity)
    {
        private uint[] _grams = new uint[Math.Max(capacity, 16)];
        private int[] _documents = new int[Math.Max(capacity, 16)];
        private int[] _weights = new int[Math.Max(capacity, 16)];
        private int _count;

        public void Add(uint gram, int document, int weight)
        {
            if (_count == _grams.Length)
            {
                Array.Resize(ref _grams, _count * 2);
                Array.Resize(ref _documents, _count * 2);
                Array.Resize(ref _weights, _count * 2);
            }
            _grams[_count] = gram;
            _documents[_count] = document;
            _weights[_count] = weight;
            _count++;
        }

        private static ulong Order(uint gram) => gram > char.MaxValue ? (ulong)(gram >> 16) << 17 | 1UL << 16 | (gram & 0xFFFF) : (ulong)gram << 17;

        /// <summary>The distinct grams in order, and the documents and weights of each as a run of the returned arrays.</summary>
        private (uint[] Grams, int[] Starts, int[] Documents, int[] Weights) Grouped()
        {
            var ids = new Dictionary<uint, int>();
            var counts = new List<int>();
            var gramOf = new List<uint>();
            var idOf = new int[_count];
            for (var i = 0; i < _count; i++)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, _grams[i], out var exists);
                if (!exists)
                {
                    id = ids.Count - 1;
                    counts.Add(0);
                    gramOf.Add(_grams[i]);
                }
                idOf[i] = id;
                counts[id]++;
            }
            var gramIds = Enumerable.Range(0, gramOf.Count).ToArray();
            Array.Sort(gramOf.Select(Order).ToArray(), gramIds);
            var grams = new uint[gramIds.Length];
            var starts = new int[grams.Length + 1];
            var next = new int[grams.Length];
            for (var r = 0; r < gramIds.Length; r++)
            {
                grams[r] = gramOf[gramIds[r]];
                starts[r + 1] = starts[r] + counts[gramIds[r]];
                next[gramIds[r]] = starts[r];
            }
            var documents = new int[_count];
            var weights = new int[_count];
            for (var i = 0; i < idOf.Length; i++)
            {
                var at = next[idOf[i]]++;
                documents[at] = _documents[i];
                weights[at] = _weights[i];
            }
            // A gram's postings all come from its one bucket, appended in document order: each run is in order already.
            return (grams, starts, documents, weights);
        }

        /// <summary>
        /// The shard's JSON, written by hand: it is most of the index's bytes, and a gram (letters and digits only)
        /// never needs escaping. <see cref="SearchIndexJson.Read"/> parses it back in the tests.
        /// </summary>
        public byte[] ToJson()
        {
            var (grams, starts, documents, weights) = Grouped();
            var json = new ArrayBufferWriter<byte>(documents.Length * 6 + 64);
            json.Write("{"u8);
            for (var r = 0; r < grams.Length; r++)
            {
                if (r > 0) json.Write(","u8);
                json.Write("\""u8);
                Span<char> gram = [(char)(grams[r] > char.MaxValue ? grams[r] >> 16 : grams[r]), (char)grams[r]];
                json.Advance(System.Text.Encoding.UTF8.GetBytes(grams[r] > char.MaxValue ? gram : gram[1..], json.GetSpan(12)));
                json.Write("\":["u8);
                var last = 0;
                for (var i = starts[r]; i < starts[r + 1]; i++)
                {
                    if (i > starts[r]) json.Write(","u8);
                    Number(json, documents[i] - last);
                    json.Write(","u8);
                    Number(json, weights[i]);
                    last = documents[i];
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

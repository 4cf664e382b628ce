using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Site.Rendering.Search;

/// <summary>
/// The JSON files of the search index (docs/data-formats.md, "Search index"):
/// <list type="bullet">
/// <item><c>{edition}/search/index.json</c>, an edition's manifest: fold (one string of (Traditional, Simplified)
/// pairs), kinds, number of documents, the folder of the gram shards and their number, documents per chunk;</item>
/// <item><c>{edition}/search/docs/{n}.json</c>: a chunk of the edition's documents in document order, each
/// <c>[kind, title, context, url, text]</c> (and <c>[[title|null, [[start, length, other], …]], …]</c> where other
/// editions word it differently);</item>
/// <item><c>search/grams/{k}.json</c>, shared by the editions (their documents are aligned and carry each other's
/// wording): the postings of the grams whose FNV-1a hash has low bits k, each a flat array of (document-number gap,
/// count × 2 + in-title) pairs, grams in ordinal order (written by <see cref="SearchPostingsWriter"/>, which holds
/// the postings in a packed form).</item>
/// </list>
/// </summary>
public static class SearchIndexJson
{
    public const string Manifest = "index.json";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly string[] Kinds = Enum.GetValues<SearchDocumentKind>().Select(k => k.ToString().ToLowerInvariant()).ToArray();

    /// <summary>A shard's file name, in the shared folder the manifest's <c>grams</c> names.</summary>
    public static string ShardFile(int shard) => $"{shard.ToString(System.Globalization.CultureInfo.InvariantCulture)}.json";

    public static string ChunkPath(int chunk) => $"docs/{chunk.ToString(System.Globalization.CultureInfo.InvariantCulture)}.json";

    /// <summary>A document's JSON, made in <paramref name="buffer"/> (reset first).</summary>
    public static byte[] DocumentBytes(ArrayBufferWriter<byte> buffer, SearchDocument d, IReadOnlyList<SearchVariant> variants) => Json(buffer, json =>
    {
        json.WriteStartArray();
        json.WriteNumberValue((int)d.Kind);
        json.WriteStringValue(d.Title);
        json.WriteStringValue(d.Context);
        json.WriteStringValue(d.Url);
        json.WriteStringValue(d.Text);
        if (variants.Count > 0)
        {
            json.WriteStartArray();
            foreach (var variant in variants)
            {
                json.WriteStartArray();
                if (variant.Title is null) json.WriteNullValue(); else json.WriteStringValue(variant.Title);
                json.WriteStartArray();
                foreach (var hunk in variant.Hunks)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(hunk.Start);
                    json.WriteNumberValue(hunk.Length);
                    json.WriteStringValue(hunk.Other);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }, newline: false);

    private static byte[] Json(Action<Utf8JsonWriter> write) => Json(new ArrayBufferWriter<byte>(4096), write, newline: true);

    public static byte[] ManifestBytes(string edition, string lang, IEnumerable<KeyValuePair<char, char>> fold, int documents, string grams, int shards, IReadOnlyList<int> chunks) => Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("schema", SearchIndex.Schema);
        json.WriteNumber("version", SearchIndex.Version);
        json.WriteString("edition", edition);
        json.WriteString("lang", lang);
        json.WriteStartArray("kinds");
        foreach (var kind in Kinds) json.WriteStringValue(kind);
        json.WriteEndArray();
        var pairs = new StringBuilder();
        foreach (var (from, to) in fold.OrderBy(p => p.Key)) pairs.Append(from).Append(to);
        json.WriteString("fold", pairs.ToString());
        json.WriteNumber("docs", documents);
        json.WriteString("grams", grams);
        json.WriteNumber("shards", shards);
        json.WriteStartArray("chunks");
        foreach (var count in chunks) json.WriteNumberValue(count);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static byte[] Json(ArrayBufferWriter<byte> buffer, Action<Utf8JsonWriter> write, bool newline)
    {
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, Options)) write(json);
        if (newline) buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads an edition's whole index; <paramref name="read"/> gives a file's text by its path under the search folder.</summary>
    public static SearchIndex Read(Func<string, string> read)
    {
        using var manifest = JsonDocument.Parse(read(Manifest));
        var root = manifest.RootElement;
        if (root.GetProperty("schema").GetString() != SearchIndex.Schema || root.GetProperty("version").GetInt32() != SearchIndex.Version)
        {
            throw new FormatException("Not a site-search index of version " + SearchIndex.Version + ".");
        }
        var documents = new List<SearchDocument>();
        var variants = new List<IReadOnlyList<SearchVariant>>();
        var chunks = root.GetProperty("chunks").EnumerateArray().Select(c => c.GetInt32()).ToList();
        for (var n = 0; n < chunks.Count; n++)
        {
            using var chunk = JsonDocument.Parse(read(ChunkPath(n)));
            if (chunk.RootElement.GetArrayLength() != chunks[n]) throw new FormatException($"Chunk {n} does not hold {chunks[n]} documents.");
            foreach (var d in chunk.RootElement.EnumerateArray())
            {
                documents.Add(new SearchDocument((SearchDocumentKind)d[0].GetInt32(), d[1].GetString()!, d[2].GetString()!, d[3].GetString()!, d[4].GetString()!));
                variants.Add(d.GetArrayLength() > 5
                    ? d[5].EnumerateArray().Select(v => new SearchVariant(v[0].GetString(),
                        v[1].EnumerateArray().Select(h => new TextHunk(h[0].GetInt32(), h[1].GetInt32(), h[2].GetString()!)).ToList())).ToList()
                    : []);
            }
        }
        if (documents.Count != root.GetProperty("docs").GetInt32()) throw new FormatException("The chunks do not hold the manifest's number of documents.");
        var foldText = root.GetProperty("fold").GetString()!;
        var fold = new Dictionary<char, char>();
        for (var i = 0; i + 1 < foldText.Length; i += 2) fold[foldText[i]] = foldText[i + 1];
        var postings = new Dictionary<string, IReadOnlyList<Posting>>(StringComparer.Ordinal);
        var shards = root.GetProperty("shards").GetInt32();
        for (var k = 0; k < shards; k++)
        {
            using var shard = JsonDocument.Parse(read(root.GetProperty("grams").GetString() + ShardFile(k)));
            foreach (var gram in shard.RootElement.EnumerateObject())
            {
                if (SearchText.ShardOf(SearchText.KeyOf(gram.Name), shards) != k) throw new FormatException($"Gram {gram.Name} is in shard {k}, not in its own.");
                var list = new List<Posting>();
                var values = gram.Value.EnumerateArray().Select(v => v.GetInt32()).ToList();
                var document = 0;
                for (var i = 0; i + 1 < values.Count; i += 2)
                {
                    document += values[i];
                    list.Add(new Posting(document, values[i + 1] >> 1, (values[i + 1] & 1) == 1));
                }
                postings.Add(gram.Name, list);
            }
        }
        return new SearchIndex(root.GetProperty("edition").GetString()!, root.GetProperty("lang").GetString()!, documents, variants, fold, postings);
    }
}

using System.Runtime.InteropServices;
using Site.Conversion;

namespace Site.Rendering.Search;

/// <summary>The grams of one document, in every edition's wording, with their weights (count × 2 + in title), sorted by postings bucket.</summary>
public sealed record DocumentGrams(uint[] Grams, int[] Weights);

/// <summary>
/// A batch of documents ready for the index: per edition, each document's JSON (for its chunks); per document
/// position, the grams all editions share (for the postings).
/// </summary>
public sealed record PreparedBatch(IReadOnlyList<IReadOnlyList<byte[]>> Documents, IReadOnlyList<DocumentGrams> Grams);

/// <summary>
/// Prepares documents for the index, pure and on the thread that made them (an article's documents while the
/// article renders): checks that the editions list the same documents (by kind, URL and order: they are made from
/// one structure, only the wording differs), diffs each document's folded text against the other editions' into
/// <see cref="SearchVariant"/>s, and counts the grams of the folded titles and texts of all wordings once.
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>The documents of one batch (an article, or the site-wide rest), per edition.</summary>
    public static PreparedBatch Prepare(IReadOnlyList<IReadOnlyList<SearchDocument>> editions)
    {
        var full = CharacterFold.TraditionalToSimplified;
        var keys = Keys(editions[0]);
        for (var e = 1; e < editions.Count; e++)
        {
            if (!Keys(editions[e]).SequenceEqual(keys)) throw new InvalidOperationException("The editions' search documents differ in kind, URL or order.");
        }
        var folded = editions.Select(documents => documents.Select(d => (Title: SearchText.Fold(full, d.Title), Text: SearchText.Fold(full, d.Text))).ToList()).ToList();
        var json = editions.Select(e => new List<byte[]>(e.Count)).ToList();
        var grams = new List<DocumentGrams>(keys.Count);
        var counter = new GramCounter();
        for (var i = 0; i < keys.Count; i++)
        {
            for (var e = 0; e < editions.Count; e++)
            {
                var (title, text) = folded[e][i];
                var variants = new List<SearchVariant>();
                for (var o = 0; o < editions.Count; o++)
                {
                    if (o == e) continue;
                    var (otherTitle, otherText) = folded[o][i];
                    if (otherTitle == title && otherText == text) continue;
                    variants.Add(new SearchVariant(otherTitle == title ? null : otherTitle, TextHunks.Diff(text, otherText)));
                }
                json[e].Add(SearchIndexJson.DocumentBytes(counter.Json, editions[e][i], variants));
            }
            grams.Add(counter.Count(folded.Select(f => f[i]).Distinct().ToList()));
        }
        return new PreparedBatch(json, grams);
    }

    /// <summary>Counts of one document's grams; one per batch, cleared between documents (thousands of documents, one set of tables).</summary>
    private sealed class GramCounter
    {
        private readonly Dictionary<uint, int> _counts = [];
        private readonly Dictionary<uint, int> _other = [];
        /// <summary>The grams of the titles (the counts unused: one walk over a text's grams serves titles and texts).</summary>
        private readonly Dictionary<uint, int> _title = [];
        public readonly System.Buffers.ArrayBufferWriter<byte> Json = new(4096);

        /// <summary>The grams of a document's wordings (folded title and text of each edition, duplicates removed).</summary>
        public DocumentGrams Count(IReadOnlyList<(string Title, string Text)> wordings)
        {
            _counts.Clear();
            _title.Clear();
            Count(wordings[0].Text, _counts);
            foreach (var (title, text) in wordings)
            {
                Count(title, _title);
                if (text == wordings[0].Text) continue;
                // Another wording's own counts; a document holds a gram as often as its richest wording does.
                _other.Clear();
                Count(text, _other);
                foreach (var (gram, n) in _other)
                {
                    ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, gram, out _);
                    count = Math.Max(count, n);
                }
            }
            foreach (var gram in _title.Keys) _counts.TryAdd(gram, 0);
            var grams = new uint[_counts.Count];
            var weights = new int[_counts.Count];
            var order = new ulong[_counts.Count];
            var at = 0;
            foreach (var (gram, count) in _counts)
            {
                // In bucket order (then by gram), so that the writer appends to one bucket after another.
                order[at] = (ulong)SearchPostingsWriter.BucketOf(gram) << 32 | gram;
                weights[at++] = count << 1 | (_title.ContainsKey(gram) ? 1 : 0);
            }
            Array.Sort(order, weights);
            for (var i = 0; i < order.Length; i++) grams[i] = (uint)order[i];
            return new DocumentGrams(grams, weights);
        }

        /// <summary>How often each gram occurs in folded text (a bigram at each position, overlaps counted).</summary>
        private static void Count(string folded, Dictionary<uint, int> counts)
        {
            for (var i = 0; i < folded.Length; i++)
            {
                if (!SearchText.IsIndexed(folded[i])) continue;
                CollectionsMarshal.GetValueRefOrAddDefault(counts, SearchText.Key(folded[i]), out _)++;
                if (i + 1 < folded.Length && SearchText.IsIndexed(folded[i + 1]))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, SearchText.Key(folded[i], folded[i + 1]), out _)++;
                }
            }
        }
    }

    private static List<(SearchDocumentKind, string, int)> Keys(IReadOnlyList<SearchDocument> documents)
    {
        var counts = new Dictionary<(SearchDocumentKind, string), int>();
        var keys = new List<(SearchDocumentKind, string, int)>(documents.Count);
        foreach (var d in documents)
        {
            var n = counts.GetValueOrDefault((d.Kind, d.Url));
            counts[(d.Kind, d.Url)] = n + 1;
            keys.Add((d.Kind, d.Url, n));
        }
        return keys;
    }
}

using System.Runtime.InteropServices;
using Site.Conversion;

namespace Site.Rendering.Search;

/// <summary>A document ready for the index: its JSON (for a document chunk) and its grams with their weights (for the postings).</summary>
public sealed record IndexedDocument(byte[] Json, uint[] Grams, int[] Weights);

/// <summary>
/// Prepares documents for the index, pure and on the thread that made them (an article's documents while the
/// article renders): matches each edition's documents with the other editions' (by kind, URL and order), diffs their
/// folded texts into <see cref="SearchVariant"/>s, and counts the grams of the folded titles and texts of all wordings.
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>The documents of one batch (an article, or the site-wide rest), per edition; the result in the same shape.</summary>
    public static IReadOnlyList<IReadOnlyList<IndexedDocument>> Prepare(IReadOnlyList<IReadOnlyList<SearchDocument>> editions)
    {
        var full = CharacterFold.TraditionalToSimplified;
        var folded = editions.Select(documents => documents.Select(d => (Title: SearchText.Fold(full, d.Title), Text: SearchText.Fold(full, d.Text))).ToList()).ToList();
        var keys = editions.Select(Keys).ToList();
        var byKey = keys.Select((k, e) => k.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i)).ToList();
        var result = new List<IReadOnlyList<IndexedDocument>>(editions.Count);
        var counter = new GramCounter();
        for (var e = 0; e < editions.Count; e++)
        {
            var documents = new List<IndexedDocument>(editions[e].Count);
            for (var i = 0; i < editions[e].Count; i++)
            {
                var (title, text) = folded[e][i];
                var variants = new List<SearchVariant>();
                for (var o = 0; o < editions.Count; o++)
                {
                    if (o == e || !byKey[o].TryGetValue(keys[e][i], out var twin)) continue;
                    var (otherTitle, otherText) = folded[o][twin];
                    if (otherTitle == title && otherText == text) continue;
                    variants.Add(new SearchVariant(otherTitle == title ? null : otherTitle, TextHunks.Diff(text, otherText)));
                }
                documents.Add(counter.Index(editions[e][i], title, text, variants));
            }
            result.Add(documents);
        }
        return result;
    }

    /// <summary>Counts of one document's grams; one per batch, cleared between documents (thousands of documents, one set of tables).</summary>
    private sealed class GramCounter
    {
        private readonly Dictionary<uint, int> _counts = [];
        private readonly Dictionary<uint, int> _other = [];
        private readonly HashSet<uint> _title = [];
        public readonly System.Buffers.ArrayBufferWriter<byte> Json = new(4096);

        public IndexedDocument Index(SearchDocument document, string title, string text, List<SearchVariant> variants)
        {
            _counts.Clear();
            _title.Clear();
            Count(text, _counts);
            Grams(title, _title);
            foreach (var variant in variants)
            {
                if (variant.Title is not null) Grams(variant.Title, _title);
                if (variant.Hunks.Count == 0) continue;
                // The other wording's own counts; a document holds a gram as often as its richest wording does.
                _other.Clear();
                Count(TextHunks.Apply(text, variant.Hunks), _other);
                foreach (var (gram, n) in _other)
                {
                    ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, gram, out _);
                    count = Math.Max(count, n);
                }
            }
            foreach (var gram in _title) _counts.TryAdd(gram, 0);
            var grams = new uint[_counts.Count];
            var weights = new int[_counts.Count];
            var order = new ulong[_counts.Count];
            var at = 0;
            foreach (var (gram, count) in _counts)
            {
                // In bucket order (then by gram), so that the writer appends to one bucket after another.
                order[at] = (ulong)SearchIndexWriter.BucketOf(gram) << 32 | gram;
                weights[at++] = count << 1 | (_title.Contains(gram) ? 1 : 0);
            }
            Array.Sort(order, weights);
            for (var i = 0; i < order.Length; i++) grams[i] = (uint)order[i];
            return new IndexedDocument(SearchIndexJson.DocumentBytes(Json, document, variants), grams, weights);
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

        private static void Grams(string folded, HashSet<uint> grams)
        {
            for (var i = 0; i < folded.Length; i++)
            {
                if (!SearchText.IsIndexed(folded[i])) continue;
                grams.Add(SearchText.Key(folded[i]));
                if (i + 1 < folded.Length && SearchText.IsIndexed(folded[i + 1])) grams.Add(SearchText.Key(folded[i], folded[i + 1]));
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
